/**
 * Every word the reader's view says that is not the story's own: buttons, links, labels, what a screen reader hears,
 * and how dates, numbers and lists are written. One table per language (en.ts). A phrase with a number or a name in
 * it is a function of them; a phrase around a link or an emphasis is its parts. The claim list and the sources page
 * have their own table (page-words.ts): the story page's script carries this one whole, and never draws those.
 */
export interface Words {
	/** The language's writing direction, for a page's `dir`. */
	dir: 'ltr' | 'rtl';
	/** How numbers, dates and lists are written. format.ts reads these; components call format.ts. */
	format: {
		/** The digits 0 to 9, in order ("0123456789"; another script has its own). */
		digits: string;
		/** Between groups of three digits (3,210), and before a fraction (1.5). */
		group: string;
		decimal: string;
		/** Twelve month names, January first, and their short forms. */
		months: readonly string[];
		monthsShort: readonly string[];
		/** A day, month and year, each already written: "26 May 2016". */
		date: (day: string, month: string, year: string) => string;
		/** A day and month: "26 May". */
		dayMonth: (day: string, month: string) => string;
		/** A month (or a range of months) and a year: "May 2016", "May–June 2016". */
		monthYear: (month: string, year: string) => string;
		/** A time of day from two-digit hours and minutes: "06:10". */
		time: (hours: string, minutes: string) => string;
		/** A date and its time of day: "29 August 06:10". */
		dateTime: (date: string, time: string) => string;
		/** A date its source only estimates: "about 26 May 2016". */
		about: (date: string) => string;
		/** A range of two dates or months: "May–June". */
		range: (from: string, to: string) => string;
		/** Two or more items: "A, B and C". */
		list: (items: readonly string[]) => string;
	};
	/** The story's header, chapter titles and steps. */
	story: {
		/** The button that switches to the article layout. */
		readAsArticle: string;
		/** Above a chapter's title: "Chapter 2". */
		chapter: (n: number) => string;
		/** The step's text alternative of its visual, for screen readers: "Graphic: …". */
		graphic: (alt: string) => string;
		linkToStep: string;
		copyLink: string;
		/** After the copy button, once the address is on the clipboard. */
		linkCopied: string;
		/** After the copy button, when the clipboard refused: the address to copy by hand. */
		copyByHand: (url: string) => string;
	};
	/** An embedded chapter's own words (src/lib/embed/). */
	embed: {
		/** The link to the whole story, opened in a new tab: "Read the whole story". */
		readStory: string;
		/** The notice when `from`/`to` name no step of the chapter: the whole chapter is shown instead. */
		wholeChapter: (unknown: string) => string;
	};
	/** The classroom presentation (src/lib/present/). */
	present: {
		/** The overview of every step, to jump to one (key o). */
		overview: string;
		/** The notice when `?step=` names no step: the presentation opens at the first. */
		unknownStep: (id: string) => string;
		/** The button that closes the overview. */
		close: string;
	};
	/** The presenter view (src/lib/present/PresenterView.svelte): the teacher's screen beside the audience's. */
	presenter: {
		/** Above the active step: "Now". */
		now: string;
		/** Above the next step: "Next". */
		next: string;
		/** Instead of the next step, at the last. */
		end: string;
		/** Above the speaker notes. */
		notes: string;
		/** When a step has no notes. */
		noNotes: string;
		/** The list of chapters, to jump to one. */
		chapters: string;
		/** The clock's label, and its reset button. */
		elapsed: string;
		reset: string;
		/** How long the step has been shown, against the minutes the story plans for it: "1:20 of 2 min". */
		stepTime: (shown: string, planned: number) => string;
		/** Against the plan: "3:10 behind" / "0:40 ahead". */
		behind: (time: string) => string;
		ahead: (time: string) => string;
		/** The button that opens an audience screen, and how many are paired. */
		openAudience: string;
		audiences: (n: number) => string;
		/** While the audience screens are blank (keys b and .). */
		blanked: string;
		/** When another presenter view of the story is open in this browser. */
		rival: string;
		/** Above the QR code and the short link to the step in the reader. */
		followAlong: string;
		/** The QR code's text alternative. */
		qr: (href: string) => string;
	};
	/** The chapter menu and progress bar above the sticky visual, and the stepper's controls. */
	progress: {
		/** The menu's label. */
		chapters: string;
		/** "Chapter 2 of 5: The coast road". */
		chapterOf: (n: number, total: number, title: string) => string;
		/** "Step 3 of 32". */
		stepOf: (n: number, total: number) => string;
		/** The progress bar's label. */
		reading: string;
		previous: string;
		next: string;
	};
	/** What a screen reader hears when the step changes: "Step 3 of 32: The coast road". */
	announceStep: (n: number, total: number, chapter: string) => string;
	/** Opens a visual's data table. */
	showData: string;
	/** What each kind of visual says that is not the story's: its legend, description and data table. */
	visuals: { progress: ProgressWords; counts: CountsWords; map: MapWords };
}

/** The progress chart's words (the title, measure, unit, target and actor are the story's `visuals.yaml`). */
export interface ProgressWords {
	/**
	 * In the data table, before a date (as the story writes it, so the column sorts) that its source estimates:
	 * "about 2022-05-17". Labels write theirs with format.ts: "about 17 May".
	 */
	about: string;
	/** The legend's three kinds of point. */
	legend: { reported: string; estimated: string; hedged: string };
	/** Drawn in the time axis's break. */
	gap: string;
	/** Between a label's parts: "Fort Hale reached · 25 May · 60 mi". */
	separator: string;
	/** The description when no point is revealed yet. */
	none: (until: string) => string;
	/** The description's count of the revealed points. */
	positions: (n: number, until: string) => string;
	/** The description's latest point: "the latest: Fort Hale reached, 60 mi from the delta on 2022-05-25". */
	latest: (label: string, value: string, target: string, date: string) => string;
	/** After the latest point's date, when its source estimates it. */
	estimated: (withTime: boolean) => string;
	/** The description, once the line has passed the time axis's break. */
	pastBreak: (from: string, to: string) => string;
	/** The data table; `claimed` follows a claimant whose claim its source hedges. */
	table: {
		caption: (measure: string, actor: string, until: string) => string;
		date: string;
		event: string;
		claimant: string;
		claimed: string;
	};
}

/** The counts chart's words (titles, names, kinds and nouns are the story's `visuals.yaml`). */
export interface CountsWords {
	/** What the figures are when the story does not say (`counts.noun`). */
	noun: string;
	/** Beside the chart, and in its description, when it shows more than one group. */
	scaleNote: string;
	/** After a figure whose claim its source hedges. */
	claimed: string;
	/** After the claimant of the focused claim, in the description. */
	highlighted: string;
	/** Before the focused claim, when the description summarises three or more groups. */
	highlightedIn: (group: string) => string;
	/** The description when the state shows nothing. */
	none: (noun: string) => string;
	/** The description's summary of three or more groups. */
	groups: (n: number, noun: string, titles: string) => string;
	/** Who relayed a figure: "Jo Bloggs via the Daily Record". */
	via: string;
	/** Words a claim may put before a number ("about 75 killed"), kept in the figure's label. */
	qualifiers: readonly string[];
	/** The legend's marks that are not sides. */
	legend: { hedged: string; range: string };
	/** The data table: its caption, its six columns, and whether a claim is hedged. */
	table: {
		caption: (title: string, groups: string) => string;
		columns: readonly string[];
		yes: string;
		no: string;
	};
}

/** The map diagram's words (titles, phrases, labels and rows are the story's `visuals.yaml`). */
export interface MapWords {
	/** The legend's entry for dashed marks, unless the story gives its own (`map.dashed`). */
	dashed: string;
	/** The scale bar's label. */
	scale: (km: number) => string;
	/** The description's sentence of what the map shows. */
	shows: (phrases: string) => string;
	/** The description when no layer is drawn. */
	nothing: string;
	/** The description's last sentence, when a place is highlighted. */
	highlighted: (place: string, approximate: boolean) => string;
	/** Joins the phrases of several layers: "a; b; and c". */
	list: (items: readonly string[]) => string;
	/** The data table: its caption and its four columns. */
	table: { caption: (title: string, focus?: string) => string; columns: readonly string[] };
}
