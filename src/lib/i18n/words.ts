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
}
