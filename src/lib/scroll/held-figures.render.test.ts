import { describe, expect, it } from 'vitest';
import { releaseFigures, releaseHeld } from './held-figures.ts';

/** A step card as the story page holds it: with scripting on, the browser keeps a <noscript>'s content as text. */
function card(id: string) {
	const section = document.createElement('section');
	section.innerHTML = `<p>Text of ${id}</p><div class="step-figure"><noscript data-figure></noscript></div>`;
	section.querySelector('noscript')!.textContent =
		`<figure id="figure-${id}"><svg role="img"><title>${id}</title></svg></figure>`;
	return section;
}

describe('held figures', () => {
	it('draws each held figure in its own place, from the markup the server wrote', () => {
		const root = document.createElement('div');
		root.append(card('first'), card('second'));
		releaseHeld(root);
		expect(root.querySelectorAll('noscript')).toHaveLength(0);
		for (const id of ['first', 'second']) {
			const figure = root.querySelector(`#figure-${id}`)!;
			expect(figure.parentElement!.className).toBe('step-figure');
			expect(figure.querySelector('svg title')!.textContent).toBe(id);
		}
	});

	it('leaves other <noscript> elements alone, and does nothing the second time', () => {
		const root = document.createElement('div');
		root.append(card('only'));
		root.insertAdjacentHTML('beforeend', '<noscript>Turn on JavaScript for the scroll layout.</noscript>');
		releaseHeld(root);
		const drawn = root.innerHTML;
		releaseHeld(root);
		expect(root.innerHTML).toBe(drawn);
		expect(root.querySelectorAll('noscript')).toHaveLength(1);
		expect(root.querySelectorAll('figure')).toHaveLength(1);
	});

	it('releases them only when they are wanted', () => {
		const root = document.createElement('div');
		root.append(card('wanted'));
		releaseFigures(() => false)(root);
		expect(root.querySelector('figure')).toBeNull();
		releaseFigures(() => true)(root);
		expect(root.querySelector('#figure-wanted')).not.toBeNull();
	});
});
