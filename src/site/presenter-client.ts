// The presenter view's only script: the address owns the step (?step=), paired with every audience screen of the
// story in this browser. It mounts the view at the step the address names, with the notes, the clock and the
// follow-along code for the reader's page.
import { mount } from 'svelte';
import { wordsFor } from '$lib/i18n/index.ts';
import PresenterView from '$lib/present/PresenterView.svelte';
import { pairedOwner } from './present-pairing.ts';
import { PRESENTER_VIEW_ID, type PresenterProps } from './present-props.ts';
import { readStoryProps } from './story-props.ts';

const target = document.getElementById(PRESENTER_VIEW_ID);
if (!target) throw new Error(`presenter page: no #${PRESENTER_VIEW_ID} element to draw into`);
const props = readStoryProps<PresenterProps>(document, PRESENTER_VIEW_ID);
const { story, storyHref } = props;
const { owner, unknown } = pairedOwner(story, 'presenter', props.audienceHref);

// A file (the offline copy) has no address a phone could open.
const online = location.protocol !== 'file:';

target.replaceChildren();
mount(PresenterView, {
	target,
	props: {
		...props,
		owner,
		claimHref: `${storyHref}#claim-`,
		readerHref: online ? new URL(storyHref, location.href).href : undefined,
		pair: owner,
		clockKey: `scrolly-presenter-start:${story.slug}`,
		notice: unknown === undefined ? undefined : wordsFor(story.lang).present.unknownStep(unknown)
	}
});
document.documentElement.classList.remove('mode-pending');
