/**
 * What an analysis sends back to the page is bounded: a count per class of issue (code and
 * severity) and the first located issues of each class. A million bad rows would otherwise be a
 * million objects copied to the page in one task, or a result too big to send at all.
 */
import type { ParseIssue } from '../issues';
import { excerpt } from '../validation/upload-limits';

/** Located issues listed per class; the rest are counted. */
export const ISSUES_PER_CLASS = 200;
/** The longest value a listed issue carries (cells are up to 10,000 characters). */
const VALUE_CHARS = 200;

export interface IssueClass {
  code: string;
  severity: ParseIssue['severity'];
  /** Issues of this class in the whole file. */
  count: number;
  /** How many of them the list carries: the first ones, in the analysis's order. */
  listed: number;
}

export interface BoundedIssues {
  issues: ParseIssue[];
  /** Errors first, then warnings; each in the order its first issue appears. */
  classes: IssueClass[];
}

export function boundIssues(all: readonly ParseIssue[], perClass = ISSUES_PER_CLASS): BoundedIssues {
  const classes = new Map<string, IssueClass>();
  const issues: ParseIssue[] = [];
  for (const i of all) {
    const key = `${i.severity}:${i.code}`;
    const c = classes.get(key) ?? { code: i.code, severity: i.severity, count: 0, listed: 0 };
    classes.set(key, c);
    c.count++;
    if (c.listed >= perClass) continue;
    c.listed++;
    issues.push(i.value !== null && i.value.length > VALUE_CHARS ? { ...i, value: excerpt(i.value, VALUE_CHARS) } : i);
  }
  const ordered = [...classes.values()];
  return { issues, classes: [...ordered.filter((c) => c.severity === 'error'), ...ordered.filter((c) => c.severity === 'warning')] };
}

/** Errors and warnings in the whole file, listed or not. */
export function issueTotals(classes: readonly IssueClass[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const c of classes) if (c.severity === 'error') errors += c.count; else warnings += c.count;
  return { errors, warnings };
}

/** The listed issues under their class, classes in order; `more` is how many the list leaves out. */
export function issuesByClass(issues: readonly ParseIssue[], classes: readonly IssueClass[]): { issueClass: IssueClass; issues: ParseIssue[]; more: number }[] {
  const listed = new Map(classes.map((c) => [`${c.severity}:${c.code}`, [] as ParseIssue[]]));
  for (const i of issues) listed.get(`${i.severity}:${i.code}`)?.push(i);
  return classes.map((c) => ({ issueClass: c, issues: listed.get(`${c.severity}:${c.code}`) ?? [], more: c.count - c.listed }));
}
