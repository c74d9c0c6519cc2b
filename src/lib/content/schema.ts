import { describe, didYouMean, nearest } from './diagnostics.ts';
import { KEBAB } from './text.ts';

/** Where a value sits in a parsed file: keys and list indices from the root. */
export type Path = (string | number)[];

/** A problem with a value, before it is located in a file. */
export interface Issue {
	path: Path;
	message: string;
	expected?: string;
	found?: string;
	hint?: string;
	/** Point at the key rather than the value (unknown keys). */
	key?: boolean;
}

/** Checks `value` and returns it typed, or undefined after pushing issues. Never throws. */
export type Check<T> = (value: unknown, path: Path, issues: Issue[]) => T | undefined;

/** A field that may be absent. */
export interface Optional<T> {
	optional: true;
	check: Check<T>;
}

type Shape = Record<string, Check<unknown> | Optional<unknown>>;
type Out<S extends Shape> = {
	[K in keyof S as S[K] extends Optional<unknown> ? never : K]: S[K] extends Check<infer T> ? T : never;
} & {
	[K in keyof S as S[K] extends Optional<unknown> ? K : never]?: S[K] extends Optional<infer T> ? T : never;
};

const fail = <T>(
	issues: Issue[],
	path: Path,
	expected: string,
	value: unknown,
	hint?: string
): T | undefined => {
	issues.push({ path, message: 'wrong value', expected, found: describe(value), hint });
	return undefined;
};

export const optional = <T>(check: Check<T>): Optional<T> => ({ optional: true, check });

export const text =
	(what = 'text'): Check<string> =>
	(v, path, issues) =>
		typeof v === 'string' && v.trim() !== '' ? v.trim() : fail(issues, path, what, v);

export const number =
	(what = 'a number'): Check<number> =>
	(v, path, issues) =>
		typeof v === 'number' && Number.isFinite(v) ? v : fail(issues, path, what, v);

export const boolean: Check<boolean> = (v, path, issues) =>
	typeof v === 'boolean' ? v : fail(issues, path, 'true or false', v);

export const kebab: Check<string> = (v, path, issues) =>
	typeof v === 'string' && KEBAB.test(v)
		? v
		: fail(issues, path, 'a kebab-case id like "alder-ash-falls"', v);

/** A calendar date `YYYY-MM-DD` that exists (2016-02-30 does not). */
export const isoDate: Check<string> = (v, path, issues) => {
	const s = typeof v === 'string' ? v : v instanceof Date ? v.toISOString().slice(0, 10) : undefined;
	if (s && /^\d{4}-\d{2}-\d{2}$/.test(s)) {
		const d = new Date(`${s}T00:00:00Z`);
		if (!Number.isNaN(d.getTime()) && d.toISOString().startsWith(s)) return s;
	}
	return fail(issues, path, 'a date like 2016-05-17', v);
};

/**
 * A date `YYYY-MM-DD`, or a date and a time of day `YYYY-MM-DD HH:MM` on the story's own clock (as its sources print
 * it: no time zone). Both sort as text.
 */
export const isoDateTime: Check<string> = (v, path, issues) => {
	const s = typeof v === 'string' ? v : v instanceof Date ? v.toISOString().slice(0, 10) : undefined;
	const m = s ? /^(\d{4}-\d{2}-\d{2})(?: (\d{2}):(\d{2}))?$/.exec(s) : null;
	if (m && isoDate(m[1], path, []) !== undefined && (!m[2] || (Number(m[2]) < 24 && Number(m[3]) < 60)))
		return s;
	return fail(issues, path, 'a date like 2016-05-17, or a date and time like "2005-08-29 06:10"', v);
};

export const oneOf =
	<T extends string>(values: readonly T[]): Check<T> =>
	(v, path, issues) =>
		typeof v === 'string' && (values as readonly string[]).includes(v)
			? (v as T)
			: fail(
					issues,
					path,
					`one of ${values.map((x) => `"${x}"`).join(', ')}`,
					v,
					typeof v === 'string' ? didYouMean(v, values) : undefined
				);

export const list =
	<T>(item: Check<T>, what = 'a list'): Check<T[]> =>
	(v, path, issues) => {
		if (!Array.isArray(v)) return fail(issues, path, what, v);
		const out: T[] = [];
		let ok = true;
		v.forEach((x, i) => {
			const r = item(x, [...path, i], issues);
			if (r === undefined) ok = false;
			else out.push(r);
		});
		return ok ? out : undefined;
	};

/** A mapping with exactly these keys; unknown keys are errors with "did you mean". */
export const object =
	<S extends Shape>(shape: S): Check<Out<S>> =>
	(v, path, issues) => {
		if (typeof v !== 'object' || v === null || Array.isArray(v))
			return fail(issues, path, 'a mapping of keys to values', v);
		const input = v as Record<string, unknown>;
		const known = Object.keys(shape);
		const out: Record<string, unknown> = {};
		let ok = true;
		// A misspelt key explains the missing key it was meant to be: report it once, as the unknown key.
		const missing = known.filter((k) => input[k] === undefined);
		const explained = new Set<string>();
		for (const key of Object.keys(input)) {
			if (known.includes(key)) continue;
			ok = false;
			const meant = nearest(key, missing) ?? nearest(key, known);
			if (meant && missing.includes(meant)) explained.add(meant);
			issues.push({
				path: [...path, key],
				key: true,
				message: `unknown key "${key}"`,
				expected: `one of ${known.join(', ')}`,
				hint: meant ? `did you mean "${meant}"?` : undefined
			});
		}
		for (const [key, rule] of Object.entries(shape)) {
			const isOptional = 'optional' in rule;
			if (!(key in input) || input[key] === undefined) {
				if (!isOptional) {
					ok = false;
					if (explained.has(key)) continue;
					issues.push({
						path: [...path, key],
						message: `missing key "${key}"`,
						expected: `a "${key}:" entry`
					});
				}
				continue;
			}
			const r = (isOptional ? rule.check : rule)(input[key], [...path, key], issues);
			if (r === undefined) ok = false;
			else out[key] = r;
		}
		return ok ? (out as Out<S>) : undefined;
	};

/** An id that must name one of `ids` (a dataset's rows, the gazetteer's places…): "did you mean", or the list. */
export const idFrom =
	(what: string, ids: () => readonly string[], where = `${what}s`): Check<string> =>
	(v, path, issues) => {
		const known = ids();
		if (typeof v === 'string' && known.includes(v)) return v;
		const hint = typeof v === 'string' ? didYouMean(v, known) : undefined;
		issues.push({
			path,
			message: `unknown ${what}`,
			expected: `an id from ${where}`,
			found: JSON.stringify(v),
			hint: hint ?? (known.length && known.length <= 12 ? `known: ${known.join(', ')}` : undefined)
		});
		return undefined;
	};

/** A number within [min, max]. */
export const between =
	(min: number, max: number, what = `a number from ${min} to ${max}`): Check<number> =>
	(v, path, issues) =>
		typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : fail(issues, path, what, v);
