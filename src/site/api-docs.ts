/**
 * The package's public API, read from its source at build time with the TypeScript compiler API: every export of
 * the two entries (src/lib/index.ts, src/lib/node.ts), its doc comment, its signature, and for a component its props
 * (its `$props()` type's members: name, type, whether required, default, doc comment). The /docs/ page renders this,
 * so no props table is written by hand and none can drift from the code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

export interface MemberDoc {
	name: string;
	type: string;
	required: boolean;
	/** The default a component gives the prop, as written. */
	default?: string;
	doc: string;
}

export interface ExportDoc {
	name: string;
	/** The import it comes from: the components entry or the Node entry. */
	entry: 'scrolly-explainer' | 'scrolly-explainer/node';
	kind: 'component' | 'class' | 'function' | 'constant' | 'type';
	/** Where it is defined, relative to src/lib. */
	module: string;
	doc: string;
	/** A function's or constructor's parameters and result; a constant's or type's type. */
	signature?: string;
	/** A component's props, or an interface's members. */
	members?: MemberDoc[];
}

const ENTRIES = [
	['index.ts', 'scrolly-explainer'],
	['node.ts', 'scrolly-explainer/node']
] as const;

const parse = (file: string, text = readFileSync(file, 'utf8')) =>
	ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);

/** A node's doc comment, as one paragraph. */
function docOf(node: ts.Node): string {
	const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
	const text = docs.map((d) => ts.getTextOfJSDocComment(d.comment) ?? '').join(' ');
	return text.replace(/\s+/g, ' ').trim();
}

const typeText = (node: ts.Node | undefined, sf: ts.SourceFile) =>
	node ? node.getText(sf).replace(/\s+/g, ' ') : '';

function membersOf(members: ts.NodeArray<ts.TypeElement>, sf: ts.SourceFile): MemberDoc[] {
	return members.filter(ts.isPropertySignature).map((m) => ({
		name: m.name.getText(sf),
		type: typeText(m.type, sf),
		required: !m.questionToken,
		doc: docOf(m)
	}));
}

/** The members of a type written in `sf`: a type literal, or the interface or alias it names. */
function membersOfType(type: ts.TypeNode | undefined, sf: ts.SourceFile): MemberDoc[] {
	if (!type) return [];
	if (ts.isTypeLiteralNode(type)) return membersOf(type.members, sf);
	if (!ts.isTypeReferenceNode(type)) return [];
	const name = type.typeName.getText(sf);
	for (const statement of sf.statements) {
		if (ts.isInterfaceDeclaration(statement) && statement.name.text === name)
			return membersOf(statement.members, sf);
		if (ts.isTypeAliasDeclaration(statement) && statement.name.text === name)
			return membersOfType(statement.type, sf);
	}
	return [];
}

/** A component's props: the type of its `$props()` destructure, with the defaults it gives. */
function componentDoc(file: string): Pick<ExportDoc, 'doc' | 'members'> {
	const source = readFileSync(file, 'utf8');
	const script = /<script(?![^>]*\bmodule\b)[^>]*>([^]*?)<\/script>/.exec(source)?.[1] ?? '';
	const sf = parse(file + '.ts', script);
	let members: MemberDoc[] = [];
	const visit = (node: ts.Node) => {
		if (
			ts.isVariableDeclaration(node) &&
			ts.isObjectBindingPattern(node.name) &&
			node.initializer?.getText(sf) === '$props()'
		) {
			const defaults = new Map(
				node.name.elements.flatMap((e) =>
					e.initializer
						? [
								[
									(e.propertyName ?? e.name).getText(sf),
									e.initializer.getText(sf).replace(/^\$bindable\((.*)\)$/, '$1')
								]
							]
						: []
				)
			);
			members = membersOfType(node.type, sf).map((m) => ({ ...m, default: defaults.get(m.name) }));
		}
		ts.forEachChild(node, visit);
	};
	visit(sf);
	const comment = /<\/script>\s*<!--([^]*?)-->/.exec(source)?.[1];
	return { doc: comment?.replace(/\s+/g, ' ').trim() ?? '', members };
}

/** Parameters as a reader calls them: `(name: type, optional?: type)`, without modifiers or default values. */
const parameters = (params: ts.NodeArray<ts.ParameterDeclaration>, sf: ts.SourceFile) =>
	`(${params
		.map((p) => {
			const name = ts.isIdentifier(p.name) ? p.name.text : 'options';
			const optional = p.questionToken || p.initializer ? '?' : '';
			return `${p.dotDotDotToken ? '...' : ''}${name}${optional}${p.type ? `: ${typeText(p.type, sf)}` : ''}`;
		})
		.join(', ')})`;

/** The declaration of `name` in `file`, following re-exports; undefined when there is none. */
function declarationDoc(
	file: string,
	name: string
): Omit<ExportDoc, 'name' | 'entry' | 'module'> | undefined {
	const sf = parse(file);
	for (const s of sf.statements) {
		if (ts.isFunctionDeclaration(s) && s.name?.text === name)
			return {
				kind: 'function',
				doc: docOf(s),
				signature: parameters(s.parameters, sf) + (s.type ? `: ${typeText(s.type, sf)}` : '')
			};
		if (ts.isClassDeclaration(s) && s.name?.text === name) {
			const ctor = s.members.find(ts.isConstructorDeclaration);
			return {
				kind: 'class',
				doc: docOf(s),
				signature: ctor ? `new ${name}${parameters(ctor.parameters, sf)}` : `new ${name}()`
			};
		}
		if (ts.isInterfaceDeclaration(s) && s.name.text === name)
			return { kind: 'type', doc: docOf(s), members: membersOf(s.members, sf) };
		if (ts.isTypeAliasDeclaration(s) && s.name.text === name)
			return { kind: 'type', doc: docOf(s), signature: typeText(s.type, sf) };
		if (ts.isVariableStatement(s))
			for (const d of s.declarationList.declarations) {
				if (d.name.getText(sf) !== name) continue;
				const fn =
					d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))
						? d.initializer
						: undefined;
				return fn
					? {
							kind: 'function',
							doc: docOf(s),
							signature: parameters(fn.parameters, sf) + (fn.type ? `: ${typeText(fn.type, sf)}` : '')
						}
					: { kind: 'constant', doc: docOf(s), signature: typeText(d.type, sf) };
			}
	}
	for (const s of sf.statements) {
		if (!ts.isExportDeclaration(s) || !s.exportClause || !ts.isNamedExports(s.exportClause)) continue;
		for (const e of s.exportClause.elements) {
			if (e.name.text !== name) continue;
			const local = (e.propertyName ?? e.name).text;
			const from = s.moduleSpecifier ? { module: s.moduleSpecifier, name: local } : imported(sf, local);
			const target = from && join(dirname(file), (from.module as ts.StringLiteral).text);
			return target && existsSync(target) ? declarationDoc(target, from.name) : undefined;
		}
	}
	return undefined;
}

/** Where a name `sf` imports comes from: the module and the name there. */
function imported(sf: ts.SourceFile, local: string) {
	for (const s of sf.statements.filter(ts.isImportDeclaration)) {
		const bindings = s.importClause?.namedBindings;
		if (!bindings || !ts.isNamedImports(bindings)) continue;
		const e = bindings.elements.find((b) => b.name.text === local);
		if (e) return { module: s.moduleSpecifier, name: (e.propertyName ?? e.name).text };
	}
	return undefined;
}

/** Every export of the package's entries, in the order the entries list them. */
export function apiDocs(lib = join(process.cwd(), 'src/lib')): ExportDoc[] {
	return ENTRIES.flatMap(([file, entry]) => {
		const sf = parse(join(lib, file));
		return sf.statements.filter(ts.isExportDeclaration).flatMap((s) => {
			const module = join(lib, (s.moduleSpecifier as ts.StringLiteral).text);
			const elements = s.exportClause && ts.isNamedExports(s.exportClause) ? s.exportClause.elements : [];
			return elements.map((e): ExportDoc => {
				const name = e.name.text;
				const where = { name, entry, module: relative(lib, module).split('\\').join('/') };
				if (module.endsWith('.svelte')) return { ...where, kind: 'component', ...componentDoc(module) };
				const found = declarationDoc(module, (e.propertyName ?? e.name).text);
				if (!found) throw new Error(`src/lib/${file}: no declaration of ${name} in ${where.module}`);
				return { ...where, ...found };
			});
		});
	});
}
