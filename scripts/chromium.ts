import { existsSync } from 'node:fs';

/**
 * The Chromium the tests and the benchmarks launch: Debian's where it exists
 * (Playwright cannot download browsers on the CI machines), else Playwright's
 * own, with the flags that keep it from trying to reach Google's hosts on a
 * machine whose only network is the package registries.
 */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
  existsSync(p),
);

export const chromiumLaunchOptions = {
  ...(systemChromium ? { executablePath: systemChromium } : {}),
  args: [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
