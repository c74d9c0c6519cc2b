import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../i18n/index.ts';
import { copyLinks } from './copy-links.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('copyLinks', () => {
	const root = document.createElement('div');
	root.innerHTML = `<section><button data-copy-step="ash-brook">Copy</button><span role="status"></span></section>`;
	document.body.append(root);
	const button = root.querySelector('button')!;
	const status = root.querySelector('[role="status"]')!;
	const detach = copyLinks(() => en)(root);
	afterEach(() => vi.unstubAllGlobals());

	it('copies the step’s address from a press anywhere in the story, and says so beside the button', async () => {
		const writeText = vi.fn(async () => {});
		vi.stubGlobal('navigator', { clipboard: { writeText } });
		button.click();
		await settle();
		expect(writeText).toHaveBeenCalledWith(new URL('#step-ash-brook', location.href).href);
		expect(status.textContent).toBe(en.story.linkCopied);
	});

	it('gives the address to copy by hand when the clipboard refuses', async () => {
		vi.stubGlobal('navigator', { clipboard: { writeText: async () => Promise.reject(new Error('denied')) } });
		button.click();
		await settle();
		expect(status.textContent).toBe(en.story.copyByHand(new URL('#step-ash-brook', location.href).href));
	});

	it('stops answering once detached', async () => {
		const writeText = vi.fn(async () => {});
		vi.stubGlobal('navigator', { clipboard: { writeText } });
		detach?.();
		button.click();
		await settle();
		expect(writeText).not.toHaveBeenCalled();
	});
});
