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
  await expect(page.locator('.sequence .expected-ack')).toHaveText('Ack=-9expected 1');
  await page.screenshot({ path: 'test-results/why-three-way-relative.png' });

  await roundtrip.openRaw('?scenario=why-three-way&step=4&lang=zh-CN&seq=abs');
  await expect(page.locator('.sequence .expected-ack')).toHaveText('Ack=91应为 101');
  await page.screenshot({ path: 'test-results/why-three-way-absolute-zh-CN.png' });
});
