import { render } from '@testing-library/svelte';
import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { loadAllStories } from '../../../site/read-stories.ts';
import { buildBasemap } from '../map/basemap.ts';
import CampaignDiagram from './CampaignDiagram.svelte';

const css = ['CampaignDiagram', 'CampaignMarks', 'CampaignLabels', 'CampaignLegend']
	.map((n) => readFileSync(`src/lib/visuals/campaign/${n}.svelte`, 'utf8').match(/<style>([\s\S]*?)<\/style>/)![1])
	.concat(readFileSync('src/lib/visuals/map/BasemapLayer.svelte', 'utf8').match(/<style>([\s\S]*?)<\/style>/)![1]!)
	.join('\n')
	.replace(/svg \{[^}]*\}/, 'svg { font-family: sans-serif; background: #fff }');

it('dumps', () => {
	const [{ story }] = loadAllStories(process.cwd());
	const basemap = buildBasemap(story!.data.places);
	const extra = JSON.parse(process.env.EXTRA ?? '[]') as { id: string; layers: string[]; focus?: string }[];
	const steps = story!.chapters.flatMap((c) => c.steps).filter((s) => s.visual.key === 'campaign').map((s) => ({ id: s.id, ...(s.visual.state as { layers: string[]; focus?: string }) }));
	const sizes = JSON.parse(process.env.SIZES ?? '[[640,420]]') as [number, number][];
	for (const s of [...steps, ...extra]) {
		if (process.env.ONLY && !process.env.ONLY.split(',').includes(s.id)) continue;
		for (const [w, h] of sizes) {
			const { container, unmount } = render(CampaignDiagram, { props: { basemap, state: { layers: s.layers, focus: s.focus }, width: w, height: h, uid: 'd' } });
			const svg = container.querySelector('svg')!;
			svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
			svg.setAttribute('width', String(w * 2));
			svg.setAttribute('height', String(h * 2));
			svg.insertAdjacentHTML('afterbegin', `<style>${css}</style>`);
			writeFileSync(`/tmp/scratch/${s.id}-${w}x${h}.svg`, svg.outerHTML);
			unmount();
		}
	}
});
