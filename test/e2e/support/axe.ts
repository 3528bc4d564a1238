// axe-core in an extension page: serious and critical violations as "rule: target" lines (empty when clean).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

const AXE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

export async function axeProblems(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts, so axe goes in through the debugger (addScriptTag would be blocked).
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
