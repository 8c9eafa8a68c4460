/**
 * The file name an exported failover animation is offered under. Pure (no
 * vscode import) so the unit tests read exactly this.
 */

/** A part of a file name: letters (any script), digits, `.`, `_` and `-` kept; everything else (spaces, `/\:*?"<>|`…) one `-`. */
export function fileNamePart(s: string, max = 60): string {
  const part = s
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}._-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return [...part].slice(0, max).join('').replace(/[-.]+$/, '');
}

/**
 * `<note>-<design>-<scenario>.svg`: the note's stem, the design's title (else
 * `design-N`, N from 1) and the scenario's name (else `failover` for the
 * panel's own steps). `08-three-tier`, `3계층 after`, `az-1-down` →
 * `08-three-tier-3계층-after-az-1-down.svg`.
 */
export function animationFileName(noteStem: string, designTitle: string, designIndex: number, scenario: string): string {
  const parts = [fileNamePart(noteStem) || 'note', fileNamePart(designTitle) || `design-${designIndex + 1}`, fileNamePart(scenario) || 'failover'];
  return `${parts.join('-')}.svg`;
}
