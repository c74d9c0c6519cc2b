/**
 * The words of what the server renders around the story (the claim list after it, the sources page) and of the claim
 * note the story page loads when a reader opens one. One table per language (en-page.ts), apart from the reader's
 * (words.ts) so that the story page's script does not carry it.
 */
export interface PageWords {
	/** Who says so: the claim note, the claim list after the story, and the sources page's lists. */
	claims: {
		/** The claim list's heading. */
		title: string;
		/** Under it. */
		intro: string;
		/** Its last link, to the sources page. */
		toSources: string;
		/** After a figure whose source hedges it. */
		claimed: string;
		/** The same, quoting the source's hedge: "claimed: “reportedly”". */
		claimedAs: (hedge: string) => string;
		/** After a figure in the list: "— Reuters". */
		by: (claimant: string) => string;
		/** In the note. */
		whoSaysSo: (claimant: string) => string;
		/** In the list, around the source's linked title: "in ‹title›, Reuters, 26 May 2016". */
		source: { before: string; after: (outlet: string, date: string) => string };
		/** In the note, a sentence: "In ‹title›, Reuters, about 26 May 2016 (date estimated)." */
		noteSource: { before: string; after: (outlet: string, date: string, estimated: boolean) => string };
		/** The note's link to the sources page. */
		allSources: string;
		close: string;
		/** On the sources page, under a claim: the steps that rely on it, or none. */
		usedIn: string;
		unused: string;
	};
	/** The sources page. */
	sources: {
		title: string;
		/** The page's `<title>` and description. */
		pageTitle: (story: string) => string;
		description: (story: string) => string;
		/** The link back to the story. */
		back: (story: string) => string;
		/** The lede, around the story's title and the word for a hedged claim (`claims.claimed`). */
		lede: (sources: number, claims: number) => { before: string; middle: string; after: string };
		/** The page's contents. */
		contents: string;
		bySource: string;
		disagreements: string;
		names: string;
		/** Under a source's title: "Reuters, Jo Bloggs · about 5 December 2016 (date estimated)". */
		meta: (outlet: string, author: string | undefined, date: string, estimated: boolean) => string;
		noDisagreement: string;
		/** Before the claims a disagreement concerns. */
		claimsConcerned: string;
		namesIntro: string;
		/** "also written Sirt, Surt." */
		alsoWritten: (variants: readonly string[]) => string;
		/** A place whose position the story estimates. */
		schematic: string;
	};
	/** The printed handout (/<story>/handout/). */
	handout: {
		/** Above the title. */
		kind: string;
		/** Above a step's speaker notes, set as questions for the class. */
		discussion: string;
		/** Above a chapter's title: "Chapter 2". */
		chapter: (n: number) => string;
		/** Under the dek: "32 steps in 5 chapters". */
		size: (steps: number, chapters: number) => string;
	};
}
