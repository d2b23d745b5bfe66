// The report as text: the scoring rule, a table per set, then every miss.
import { SCORING_RULE, type Report } from './score.js';
import { PENDING_DESCRIPTION, pendingName, SET_DESCRIPTIONS, SET_NAMES } from './sets.js';

const DESCRIPTIONS = new Map<string, string>(SET_NAMES.flatMap((name) => [
  [name, SET_DESCRIPTIONS[name]], [pendingName(name), PENDING_DESCRIPTION],
]));

export function formatReport(reports: Report[]): string {
  const lines: string[] = [
    'NLU report: test/nlu/<set>/<locale>.json through tools/sim/nlu understandingFor(platform, locale)',
    SCORING_RULE,
  ];
  const header = ['locale', 'platform', 'utterances', 'intent %', 'slot %', 'slots right/scored'];
  const rowOf = (r: Report): string[] => [
    r.locale, r.platform, String(r.utterances), r.intentAccuracy.toFixed(1),
    r.slotAccuracy === null ? '-' : r.slotAccuracy.toFixed(1), `${r.slotsRight}/${r.slotsScored}`,
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...reports.map((r) => (rowOf(r)[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
  const names = [...new Set(reports.map((r) => r.set))];
  for (const name of names) {
    const description = DESCRIPTIONS.get(name);
    lines.push('', `${name} set${description ? ` (${description})` : ''}`, line(header), widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of reports.filter((x) => x.set === name)) lines.push(line(rowOf(r)));
  }
  for (const r of reports) {
    if (r.intentMisses.length === 0 && r.slotMisses.length === 0) continue;
    lines.push('', `${r.set}: ${r.locale} ${r.platform}`);
    if (r.intentMisses.length > 0) {
      lines.push('  intent misses (expected → got: text)');
      for (const m of r.intentMisses) {
        lines.push(`    ${m.expected} → ${m.got} (${m.confidence.toFixed(2)}): ${m.text}`);
      }
    }
    if (r.slotMisses.length > 0) {
      lines.push('  slot misses (slot: expected → got: text)');
      for (const m of r.slotMisses) {
        lines.push(`    ${m.slot}: ${m.expected ?? '(none)'} → ${m.got ?? '(missing)'}: ${m.text}`);
      }
    }
  }
  return lines.join('\n');
}
