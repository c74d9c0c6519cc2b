/**
 * Props that follow `read()`, for a component with a root of its own (island.ts): the island's component updates when
 * what `read` depends on changes, with no new root.
 *
 * Each prop `read()` has when this is called is a derived of its own, as the props Svelte passes between components
 * are: a change to one prop reruns only what reads that prop. `read()` builds a new object whenever anything in it
 * changes (the sticky visual's props, at every step), and a prop read through that object would rerun everything that
 * reads any prop: the story, its claims and its map, in every layer of the visual, at every step.
 * A prop `read()` only has later is read from it directly; so is every prop when `read()` gives nothing yet (the
 * sticky visual of a story with no step).
 */
export function liveProps<Props extends object>(read: () => Props): Props {
	const fields: Record<PropertyKey, () => unknown> = {};
	for (const key of Reflect.ownKeys(read() ?? {})) {
		const value = $derived(Reflect.get(read(), key));
		fields[key] = () => value;
	}
	return new Proxy({} as Props, {
		get: (_, key) => (Object.hasOwn(fields, key) ? fields[key]!() : Reflect.get(read(), key)),
		has: (_, key) => Reflect.has(read(), key),
		ownKeys: () => Reflect.ownKeys(read()),
		getOwnPropertyDescriptor: (_, key) => {
			const found = Reflect.getOwnPropertyDescriptor(read(), key);
			return found && { ...found, configurable: true };
		}
	});
}
