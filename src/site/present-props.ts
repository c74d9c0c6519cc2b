/** The element the presentation is mounted into; its props sit beside it in `#<id>-props` (story-props.ts). */
export const PRESENT_VIEW_ID = 'present-view';

/**
 * First in <head>: the first step the server drew stays unseen until the page's script has drawn the one the address
 * names (the loader lifts it if the script fails: story-loader.ts).
 */
export const presentHead = () => `<script>document.documentElement.classList.add('mode-pending')</script>`;
