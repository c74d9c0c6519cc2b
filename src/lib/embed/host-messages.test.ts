import { describe, expect, it } from 'vitest';
import {
	childIdFrom,
	heightMessages,
	parseHostMessage,
	scrollToMessage,
	stepMessage,
	wordpressSecretFrom
} from './host-messages.ts';

const ID = 'scrolly-a1';

describe('parseHostMessage', () => {
	it('reads pym width for its own child', () => {
		expect(parseHostMessage('pymxPYMxscrolly-a1xPYMxwidthxPYMx375', ID)).toEqual({
			kind: 'width',
			width: 375
		});
	});

	it('reads pym viewport-iframe-position with decimals and a negative top, as trackscroll sends it', () => {
		const data = 'pymxPYMxscrolly-a1xPYMxviewport-iframe-positionxPYMx1280 720 -1520.5 8 -40.25 1272';
		expect(parseHostMessage(data, ID)).toEqual({
			kind: 'viewport',
			...{ width: 1280, height: 720, top: -1520.5, left: 8, bottom: -40.25, right: 1272 }
		});
	});

	it('reads numbers as JavaScript writes them, exponents included, and no other way', () => {
		const data = 'pymxPYMxscrolly-a1xPYMxviewport-iframe-positionxPYMx390 844 1e-7 0 2.5e-7 390';
		expect(parseHostMessage(data, ID)).toMatchObject({ top: 1e-7, bottom: 2.5e-7 });
		expect(parseHostMessage(data.replace('2.5e-7', '2.5E-7'), ID)).toBeNull();
	});

	it.each([
		['another child', 'pymxPYMxscrolly-b2xPYMxwidthxPYMx375'],
		['a message the child sends', 'pymxPYMxscrolly-a1xPYMxheightxPYMx375'],
		['navigateTo', 'pymxPYMxscrolly-a1xPYMxnavigateToxPYMxhttps://example.org/'],
		['a width with a unit', 'pymxPYMxscrolly-a1xPYMxwidthxPYMx375px'],
		['a width written unlike JavaScript', 'pymxPYMxscrolly-a1xPYMxwidthxPYMx375.0'],
		['an empty width', 'pymxPYMxscrolly-a1xPYMxwidthxPYMx'],
		['a negative width', 'pymxPYMxscrolly-a1xPYMxwidthxPYMx-1'],
		['a width past 100,000', 'pymxPYMxscrolly-a1xPYMxwidthxPYMx100001'],
		['Infinity', 'pymxPYMxscrolly-a1xPYMxwidthxPYMxInfinity'],
		['an extra field', 'pymxPYMxscrolly-a1xPYMxwidthxPYMx375xPYMx1'],
		['five viewport numbers', 'pymxPYMxscrolly-a1xPYMxviewport-iframe-positionxPYMx1 2 3 4 5'],
		['a rect upside down', 'pymxPYMxscrolly-a1xPYMxviewport-iframe-positionxPYMx1280 720 10 0 5 100'],
		['a top past ten million', 'pymxPYMxscrolly-a1xPYMxviewport-iframe-positionxPYMx1 1 -10000001 0 0 1'],
		['a trailing newline', 'pymxPYMxscrolly-a1xPYMxwidthxPYMx375\n']
	])('drops %s', (_, data) => {
		expect(parseHostMessage(data, ID)).toBeNull();
	});

	it('drops objects, numbers and nothing', () => {
		for (const data of [{ kind: 'width', width: 3 }, ['pym'], 375, null, undefined, new Date(0)]) {
			expect(parseHostMessage(data, ID)).toBeNull();
		}
	});

	it('hears nothing when its own id is invalid, even a message naming that id', () => {
		expect(parseHostMessage('pymxPYMxa bxPYMxwidthxPYMx375', 'a b')).toBeNull();
		expect(parseHostMessage('pymxPYMxxPYMxwidthxPYMx375', '')).toBeNull();
	});
});

describe('childIdFrom and wordpressSecretFrom', () => {
	it('take pym’s childId from the query only when it is a plain id of at most 64 characters', () => {
		expect(childIdFrom('?mode=stepper&childId=scrolly-a1')).toBe('scrolly-a1');
		expect(childIdFrom('childId=x_Y-9')).toBe('x_Y-9');
		expect(childIdFrom('?childId=%3Cscript%3E')).toBeNull();
		expect(childIdFrom(`?childId=${'a'.repeat(65)}`)).toBeNull();
		expect(childIdFrom('?childId=')).toBeNull();
		expect(childIdFrom('')).toBeNull();
	});

	it('take WordPress’s secret from `#?secret=` only when it is a plain token', () => {
		expect(wordpressSecretFrom('#?secret=Ab3dE6gH9j')).toBe('Ab3dE6gH9j');
		expect(wordpressSecretFrom('#?secret=Ab3dE6gH9j&x=1')).toBe('Ab3dE6gH9j');
		expect(wordpressSecretFrom('#?secret=a"b')).toBeNull();
		expect(wordpressSecretFrom(`#?secret=${'a'.repeat(65)}`)).toBeNull();
		expect(wordpressSecretFrom('#step-harbour')).toBeNull();
		expect(wordpressSecretFrom('')).toBeNull();
	});
});

describe('messages to the host', () => {
	it('heightMessages rounds up and speaks pym only with a childId, WordPress only with a secret, AMP always', () => {
		expect(heightMessages(612.2, { childId: ID, secret: 'Ab3dE6gH9j' })).toEqual([
			'pymxPYMxscrolly-a1xPYMxheightxPYMx613',
			{ sentinel: 'amp', type: 'embed-size', height: 613 },
			{ secret: 'Ab3dE6gH9j', message: 'height', value: 613 }
		]);
		expect(heightMessages(612, { childId: null, secret: null })).toEqual([
			{ sentinel: 'amp', type: 'embed-size', height: 612 }
		]);
		expect(heightMessages(Number.NaN, { childId: ID, secret: null })).toEqual([]);
	});

	it('stepMessage tags the step info for hosts', () => {
		const info = {
			story: 'demo-story',
			chapter: 'harbour',
			step: 'harbour-opens',
			index: 2,
			count: 5
		};
		expect(stepMessage(info)).toEqual({ type: 'scrolly:step', ...info });
	});

	it('scrollToMessage sends a whole, non-negative offset in pym’s format, and nothing for a bad id', () => {
		expect(scrollToMessage(ID, 840.6)).toBe('pymxPYMxscrolly-a1xPYMxscrollToChildPosxPYMx841');
		expect(scrollToMessage(ID, -20)).toBe('pymxPYMxscrolly-a1xPYMxscrollToChildPosxPYMx0');
		expect(scrollToMessage('a b', 10)).toBeNull();
		expect(scrollToMessage(ID, Number.POSITIVE_INFINITY)).toBeNull();
	});
});
