import { presentEntries, presentLoad } from '$site/present-load.server.ts';
import { presentProps } from '$site/present-props.ts';

export const entries = presentEntries;
export const load = presentLoad(presentProps, 'present');
