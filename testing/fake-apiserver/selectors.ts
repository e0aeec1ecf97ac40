/**
 * Field and label selectors as the API server parses them from `fieldSelector=` and
 * `labelSelector=` query parameters. A parse error is a 400 BadRequest, as upstream: a typo in a
 * selector must not silently select everything.
 */
export type ObjectMatcher = (object: Record<string, unknown>) => boolean;

export class SelectorError extends Error {}

/** `spec.nodeName=node-1,spec.driver!=x`: conjunction of (in)equalities on dotted paths. */
export function parseFieldSelector(selector: string, allowedFields: readonly string[]): ObjectMatcher {
  const terms = splitTerms(selector).map((term) => {
    const match = /^([^!=]+)(==|=|!=)(.*)$/.exec(term);
    if (!match) throw new SelectorError(`invalid field selector term "${term}"`);
    const [, field = '', operator, value = ''] = match;
    if (!['metadata.name', 'metadata.namespace', ...allowedFields].includes(field)) {
      throw new SelectorError(`field label not supported: ${field}`);
    }
    const negate = operator === '!=';
    return (object: Record<string, unknown>) => (String(valueAtPath(object, field) ?? '') === value) !== negate;
  });
  return (object) => terms.every((matches) => matches(object));
}

/** `app=x,tier!=db,env in (a,b),!legacy,gpu`: the set-based and equality-based label syntax. */
export function parseLabelSelector(selector: string): ObjectMatcher {
  const requirements = splitTerms(selector).map(parseLabelRequirement);
  return (object) => {
    const metadata = (object.metadata ?? {}) as { labels?: Record<string, string> };
    const labels = metadata.labels ?? {};
    return requirements.every((requirement) => requirement(labels));
  };
}

type LabelRequirement = (labels: Record<string, string>) => boolean;

function parseLabelRequirement(term: string): LabelRequirement {
  const setMatch = /^([^\s!=]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
  if (setMatch) {
    const [, key = '', operator, list = ''] = setMatch;
    const values = list.split(',').map((value) => value.trim());
    return operator === 'in'
      ? (labels) => key in labels && values.includes(labels[key] ?? '')
      : (labels) => !(key in labels) || !values.includes(labels[key] ?? '');
  }
  const equality = /^([^\s!=]+)\s*(==|=|!=)\s*([^\s]*)$/.exec(term);
  if (equality) {
    const [, key = '', operator, value = ''] = equality;
    return operator === '!=' ? (labels) => labels[key] !== value : (labels) => labels[key] === value;
  }
  const absence = /^!([^\s!=]+)$/.exec(term);
  if (absence) return (labels) => !(absence[1]! in labels);
  if (/^[^\s!=(),]+$/.test(term)) return (labels) => term in labels;
  throw new SelectorError(`invalid label selector term "${term}"`);
}

/** Splits on commas that are not inside an `in (...)` list. */
function splitTerms(selector: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      terms.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  terms.push(current);
  return terms.map((term) => term.trim()).filter((term) => term !== '');
}

function valueAtPath(object: Record<string, unknown>, dottedPath: string): unknown {
  let current: unknown = object;
  for (const segment of dottedPath.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
