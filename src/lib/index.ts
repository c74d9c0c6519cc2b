/**
 * The package's components entry (`import { StoryView } from 'scrolly-explainer'`): the views, the stage and the
 * owners of the active step, the kinds of visual, the story loader and checker (pure: a map of file texts in,
 * a story or every diagnostic out) and the types. Reading stories from disk and projecting a map are Node-side, in
 * `scrolly-explainer/node` (node.ts). Each export is documented on the site's /docs/ page.
 */

// Views: each picks the owner of the active step and renders the stage with it.
export { default as StoryView } from './StoryView.svelte';
export { default as EmbedView } from './embed/EmbedView.svelte';
export { default as PresentView } from './present/PresentView.svelte';
export { default as PresenterView } from './present/PresenterView.svelte';
export { default as HandoutView } from './present/HandoutView.svelte';
export { default as SourcesView } from './provenance/SourcesView.svelte';
export { default as StoryClaims } from './provenance/StoryClaims.svelte';

// The stage, the layouts it is given, and the parts of a step.
export { default as StoryStage } from './stage/StoryStage.svelte';
export { default as Scrolly } from './scroll/Scrolly.svelte';
export { default as StepperView } from './scroll/StepperView.svelte';
export { default as StepCard } from './StepCard.svelte';
export { default as ChapterTitle } from './ChapterTitle.svelte';

// The owners of the active step, the viewports a scroll tracker follows, and the pairing of a presentation's windows.
export type { StepOwner } from './stage/owner.ts';
export { StepTracker, type TrackerOptions } from './scroll/step-tracker.svelte.ts';
export { Stepper } from './scroll/stepper.svelte.ts';
export { UrlOwner } from './present/url-owner.svelte.ts';
export { Pairing, type Peer, type Transport } from './present/pairing.svelte.ts';
export { WindowTransport, broadcastTransport, presentTransports } from './present/pair-transports.ts';
export type { PairMessage, PairRole } from './present/pair-messages.ts';
export { HostViewport, type HostReport } from './embed/host-viewport.svelte.ts';
export { windowViewport, type Viewport } from './scroll/viewport.ts';

// The kinds of visual, and what draws one step's visual.
export { default as Visual } from './visuals/Visual.svelte';
export { default as StepFigure } from './visuals/StepFigure.svelte';
export { KINDS, kindOf } from './visuals/index.ts';
export { KIND_SPECS } from './visuals/specs.ts';
export type { AnyVisualKind, Size, VisualInput, VisualKind, VisualProps } from './visuals/kind.ts';
export type { AnyKindSpec } from './content/kinds.ts';

// The story loader and checker.
export { loadStory, type Loaded } from './load-story.ts';
export { forReader, type ReaderChapter, type ReaderStep, type ReaderStory } from './content/reader.ts';
export {
	StoryError,
	codeFrame,
	formatDiagnostic,
	formatDiagnostics,
	type Diagnostic
} from './content/diagnostics.ts';

// The story's types.
export type {
	Actor,
	Chapter,
	Claim,
	Entity,
	Inconsistency,
	Place,
	Source,
	Step,
	Story,
	StorySummary,
	StoryVisuals,
	VisualRef
} from './content/types.ts';
export type { Basemap } from './visuals/map/types.ts';
export type { EmbedMode } from './embed/options.ts';
