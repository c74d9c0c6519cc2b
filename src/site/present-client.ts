// The presentation's only script: the address owns the step (?step=), paired with the presenter view. It mounts the
// presentation at the step the address names, in place of the first step the server drew, and follows Back and
// Forward.
import { mount } from 'svelte';
import { wordsFor } from '$lib/i18n/index.ts';
import PresentView from '$lib/present/PresentView.svelte';
import { pairedOwner } from './present-pairing.ts';
import { PRESENT_VIEW_ID } from './present-props.ts';
import { readStoryProps, type ModeProps } from './story-props.ts';

const target = document.getElementById(PRESENT_VIEW_ID);
if (!target) throw new Error(`presentation page: no #${PRESENT_VIEW_ID} element to draw into`);
const { story, basemap, storyHref } = readStoryProps<ModeProps>(document, PRESENT_VIEW_ID);
const { owner, unknown } = pairedOwner(story, 'audience');

target.replaceChildren();
mount(PresentView, {
	target,
	props: {
		story,
		basemap,
		owner,
		claimHref: `${storyHref}#claim-`,
		screen: owner,
		notice: unknown === undefined ? undefined : wordsFor(story.lang).present.unknownStep(unknown)
	}
});
document.documentElement.classList.remove('mode-pending');
