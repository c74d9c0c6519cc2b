import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHostMessage, type HostMessage } from './host-messages.ts';

const D = 'xPYMx';
const idArb = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
/** A double in [min, max] without -0, which JavaScript writes as `0`. */
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => x || 0);
const size = num(0, 100_000);
const position = num(-10_000_000, 10_000_000);

/** A valid message as pym.Parent 1.3.2 builds it (`String` of each number), with what it must parse to. */
const valid = fc.oneof(
	size.map((width) => ({ fields: [String(width)], type: 'width', parsed: { kind: 'width', width } })),
	fc.tuple(size, size, position, position, position, position).map(([w, h, y1, x1, y2, x2]) => {
		const [top, bottom] = [Math.min(y1, y2), Math.max(y1, y2)];
		const [left, right] = [Math.min(x1, x2), Math.max(x1, x2)];
		return {
			fields: [w, h, top, left, bottom, right].map(String),
			type: 'viewport-iframe-position',
			parsed: { kind: 'viewport', width: w, height: h, top, left, bottom, right }
		};
	})
) as fc.Arbitrary<{ fields: string[]; type: string; parsed: HostMessage }>;

const build = (prefix: string, id: string, type: string, fields: string[], sep = ' ') =>
	[prefix, id, type, fields.join(sep)].join(D);

/** Tokens that are not a number as JavaScript writes one, or are out of every range. */
const badNumber = fc.constantFrom(
	...[
		'',
		'NaN',
		'Infinity',
		'-Infinity',
		'1e400',
		'0x10',
		' 1',
		'1 ',
		'+1',
		'.5',
		'5.',
		'1_0',
		'١٢',
		'00',
		'-'
	],
	...[
		'1E5',
		'1e5',
		'01',
		'1.50',
		'-0',
		'null',
		'1,5',
		'10000001',
		'-10000001',
		'1e+21',
		'-1e+21',
		'9'.repeat(400)
	]
);

/** One change that makes a valid message invalid. */
function mutate(childId: string) {
	return fc.oneof(
		fc.record({ prefix: fc.constantFrom('', 'PYM', 'pymx', 'pym ', ' pym', 'Pym', 'pymxPYMxpym') }),
		fc.record({
			id: fc.oneof(
				idArb.filter((id) => id !== childId),
				fc.constantFrom('', ' ', `${childId} `)
			)
		}),
		fc.record({ id: fc.constantFrom(`${childId}\n`, childId.toUpperCase() + '.', `x${childId}`) }),
		fc.record({
			type: fc.constantFrom(
				'height',
				'Width',
				'width ',
				'viewport',
				'scrollToChildPos',
				'navigateTo',
				'',
				'x'
			)
		}),
		fc.record({ swapType: fc.constant(true) }),
		fc.record({ bad: badNumber, at: fc.nat(5) }),
		fc.record({ negativeSize: fc.double({ min: 1e-300, max: 1e9, noNaN: true }), at: fc.nat(1) }),
		fc.record({ extra: fc.constantFrom(' 0', '  ', '\t', ' ', 'x', D, `${D}1`, '\n') }),
		fc.record({ drop: fc.constant(true) }),
		fc.record({ upsideDown: fc.constant(true) }),
		fc.record({ sep: fc.constantFrom('  ', '\t', ',', ', ', '\u00a0') })
	);
}

function render(childId: string, m: { fields: string[]; type: string }, change: Record<string, unknown>) {
	const fields = [...m.fields];
	let type = m.type;
	if ('swapType' in change) type = type === 'width' ? 'viewport-iframe-position' : 'width';
	if ('type' in change) type = change.type as string;
	if ('bad' in change) fields[(change.at as number) % fields.length] = change.bad as string;
	if ('negativeSize' in change)
		fields[((change.at as number) % fields.length) % 2] = `-${change.negativeSize}`;
	if ('drop' in change) fields.pop();
	// A rect whose bottom is above its top (for a width: a negative width).
	if ('upsideDown' in change) fields[fields.length === 6 ? 4 : 0] = String(Number(fields[2] ?? 0) - 1);
	// A wrong separator needs two numbers to stand between.
	if ('sep' in change && fields.length === 1) fields.push('0');
	const sep = 'sep' in change ? (change.sep as string) : ' ';
	const text = build((change.prefix as string) ?? 'pym', (change.id as string) ?? childId, type, fields, sep);
	return 'extra' in change ? text + (change.extra as string) : text;
}

/** Junk of every shape: any value, any text, text that starts like pym, and very long text. */
const junk = fc.oneof(
	fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true }),
	fc.string({ unit: 'binary', maxLength: 300 }),
	fc
		.array(fc.constantFrom('pym', D, 'width', 'viewport-iframe-position', ' ', '1', '-', '.', 'e'), {
			maxLength: 12
		})
		.map((a) => a.join('')),
	fc
		.tuple(fc.string(), fc.integer({ min: 1_000, max: 100_000 }))
		.map(([s, n]) => `pym${D}${s.repeat(n)}`.slice(0, n)),
	fc.constantFrom(null, undefined, 0, -1, Number.NaN, true, [], {}, () => 1, Symbol('pym'))
);

describe('parseHostMessage properties', () => {
	it('parses every valid width and viewport message to exactly its numbers (2,000 messages)', () => {
		fc.assert(
			fc.property(idArb, valid, (childId, m) => {
				expect(parseHostMessage(build('pym', childId, m.type, m.fields), childId)).toEqual(m.parsed);
			}),
			{ seed: 1312, numRuns: 2_000 }
		);
	});

	it('returns null for every valid message spoiled by one change (6,000 messages)', () => {
		fc.assert(
			fc.property(
				idArb.chain((childId) => fc.tuple(fc.constant(childId), valid, mutate(childId))),
				([childId, m, change]) => {
					expect(parseHostMessage(render(childId, m, change), childId)).toBeNull();
				}
			),
			{ seed: 2013, numRuns: 6_000 }
		);
	});

	it('never throws and returns null for junk of every shape (4,000 messages)', () => {
		fc.assert(
			fc.property(idArb, junk, (childId, data) => {
				expect(parseHostMessage(data, childId)).toBeNull();
			}),
			{ seed: 1999, numRuns: 4_000 }
		);
	});
});
