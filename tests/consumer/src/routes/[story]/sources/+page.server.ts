// Every source and claim of the story, which the story's claim links lead to.
import { storyFrom } from 'scrolly-explainer/node';

export { entries } from '../+page.server';
export const load = ({ params }) => ({ story: storyFrom(`stories/${params.story}`) });
