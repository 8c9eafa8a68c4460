import type { Severity } from '../syntax/ast';

/** Findings of the language itself (not HA rules), with their default severities. */
export const LANGUAGE_RULES: Readonly<Record<string, Severity>> = {
  syntax: 'error',
  'unknown-kind': 'error',
  'unknown-attribute': 'warning',
  'invalid-value': 'error',
  'duplicate-name': 'error',
  'unknown-reference': 'error',
  'undeclared-place': 'hint',
  'too-many-findings': 'info',
  'too-large': 'info',
  'not-text': 'warning',
};
