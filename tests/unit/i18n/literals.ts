/**
 * Finds English the reader would see written into components instead of `t()`: JSX text, the
 * text-bearing attributes (`title`, `aria-label`, `placeholder`, `alt`, `label`), and string
 * literals that read as words (two words and a space, or a capitalised word) anywhere in a
 * component file except where they are plainly code: imports, `class`, `id`, `key`, `type`, `href`
 * and the like, object keys, comparisons, and the arguments of `t`/`tn`.
 */
import ts from 'typescript';

const TEXT_ATTRIBUTES = new Set(['title', 'aria-label', 'placeholder', 'alt', 'label', 'aria-valuetext', 'aria-roledescription', 'aria-description']);
const CODE_ATTRIBUTES = new Set([
  'class',
  'className',
  'id',
  'key',
  'type',
  'href',
  'rel',
  'target',
  'role',
  'name',
  'for',
  'htmlFor',
  'lang',
  'dir',
  'autocomplete',
  'inputMode',
  'pattern',
  'accept',
  'viewBox',
  'fill',
  'stroke',
  'd',
  'points',
  'transform',
  'xmlns',
  'preserveAspectRatio',
  'method',
  'download',
  'src',
  'value',
  'aria-controls',
  'aria-describedby',
  'aria-labelledby',
  'aria-live',
  'aria-current',
  'aria-sort',
  'data-state',
  'data-bias',
]);
const CODE_CALLS = new Set([
  't',
  'tn',
  'require',
  'import',
  'querySelector',
  'querySelectorAll',
  'getElementById',
  'addEventListener',
  'removeEventListener',
  'sendMessage',
  'classList.add',
  'classList.toggle',
  'classList.remove',
  'setAttribute',
  'getAttribute',
  'createElement',
  'Error',
  'startsWith',
  'endsWith',
  'includes',
  'split',
  'join',
  'replace',
  'matchMedia',
  'getURL',
]);

/** A literal that reads as English words, not an identifier, class list, URL or format. */
function readsAsWords(text: string): boolean {
  const trimmed = text.trim();
  if (!/[A-Za-z]{2,}/.test(trimmed)) return false;
  if (/^[a-z0-9]+([-_:./#?=&@][a-z0-9]*)*$/i.test(trimmed) && !/^[A-Z][a-z]{2,}$/.test(trimmed)) return false; // identifiers, urls, keys
  if (/^([a-z0-9]+(-[a-z0-9]+)*)( [a-z0-9]+(-[a-z0-9]+)*)*$/.test(trimmed) && !/ /.test(trimmed)) return false;
  if (/^[a-z][a-z0-9-]*( [a-z][a-z0-9-]*)+$/.test(trimmed) && trimmed.includes('-')) return false; // class lists
  return / /.test(trimmed) || /^[A-Z][a-z]+/.test(trimmed) || /[.:!?…]$/.test(trimmed);
}

export interface Literal {
  line: number;
  text: string;
}

function callName(node: ts.CallExpression | ts.NewExpression): string {
  const e = node.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) {
    const left = e.expression;
    return ts.isPropertyAccessExpression(left) ? `${left.name.text}.${e.name.text}` : e.name.text;
  }
  return '';
}

function isCode(node: ts.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isImportTypeNode(parent) || ts.isLiteralTypeNode(parent)) return true;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
  if (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) return parent.expression !== node;
  if (ts.isCaseClause(parent)) return true;
  if (
    ts.isBinaryExpression(parent) &&
    [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.InKeyword].includes(parent.operatorToken.kind)
  )
    return true;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && CODE_CALLS.has(callName(parent))) return true;
  if (ts.isJsxAttribute(parent)) return CODE_ATTRIBUTES.has(parent.name.getText());
  if (ts.isJsxExpression(parent) && parent.parent && ts.isJsxAttribute(parent.parent)) return CODE_ATTRIBUTES.has(parent.parent.name.getText());
  return isCode(parent) && !ts.isJsxElement(parent) && !ts.isJsxExpression(parent) && !ts.isSourceFile(parent) && !ts.isBlock(parent);
}

/** The English a component file would show without going through the bundle. */
export function literalsIn(fileName: string, source: string): Literal[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Literal[] = [];
  const add = (node: ts.Node, text: string) => found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (/\p{L}/u.test(node.text)) add(node, node.text);
    } else if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer)) {
      if (/\p{L}{2,}/u.test(node.initializer.text)) add(node, node.initializer.text);
      return;
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && readsAsWords(node.text) && !isCode(node)) {
      add(node, node.text);
    } else if (ts.isTemplateExpression(node) && !isCode(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
      if (parts.some((p) => /[A-Za-z]{2,}/.test(p) && / /.test(p))) add(node, parts.join('…'));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
