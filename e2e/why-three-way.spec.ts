import { expect, test } from './fixtures';

// Issue 14: RFC 9293 Figure 8 drawn so that a newcomer reads it right. The old duplicate SYN comes
// from the network's past (not from the client at 0 ms, as if the client had sent two SYNs), and
// the SYN,ACK that answers it shows its ACK beside the one the client expects, in either numbering.
test('why-three-way: the old SYN comes from the past; the bad ACK is shown beside the expected one', async ({
  roundtrip,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await roundtrip.open({ scenario: 'why-three-way', step: 4, lang: 'en' });
  const old = page.locator('.sequence .arrow[data-segment="0"]');
  await expect(old).toHaveClass(/old-duplicate/);
  await expect(old.locator('.label')).toContainText('old duplicate');
  const clientLane = await page.locator('.sequence .lane-client line').getAttribute('x1');
  const start = await old.locator('line.shaft').first().getAttribute('x1');
  expect(Number(start)).toBeGreaterThan(Number(clientLane) + 100);
  // Figure 8's own numbers: relative ones would be negative for the old SYN (Seq=-10), and a
  // sequence number never is, so this scenario opens in absolute numbers (app/explain/numbering.ts).
  await expect(page.locator('.sequence .expected-ack')).toHaveText('Ack=91expected 101');
  await expect(old.locator('.label')).toContainText('Seq=90');
  await page.getByRole('button', { name: 'Display' }).click();
  await expect(page.getByRole('checkbox', { name: 'Absolute seq/ack' })).toBeChecked();
  await page.keyboard.press('Escape');
  await page.screenshot({ path: 'test-results/why-three-way-absolute.png' });

  // Relative numbers, chosen in the link, are the reader's: kept.
  await roundtrip.openRaw('?scenario=why-three-way&step=4&lang=zh-CN&seq=rel');
  await expect(page.locator('.sequence .expected-ack')).toHaveText('Ack=-9应为 1');
  await page.screenshot({ path: 'test-results/why-three-way-relative-zh-CN.png' });
});
