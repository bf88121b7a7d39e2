#!/usr/bin/env node
// Makes sure a Chromium is there for the end-to-end tests, so that nobody has
// to read a stack trace to learn that a browser is needed.
// - Debian/Ubuntu as root: Debian's chromium (and CJK fonts, so that the
//   Chinese pages render in screenshots), with apt.
// - Anywhere else: Playwright's own Chromium.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd) =>
  execSync(cmd, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
const has = (cmd) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].some((p) =>
  existsSync(p),
);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

if (process.platform === 'linux' && isRoot && has('apt-get')) {
  const missing = [];
  if (!systemChromium) missing.push('chromium');
  if (!existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'))
    missing.push('fonts-noto-cjk');
  if (missing.length > 0) {
    console.log(`ensure-browser: installing ${missing.join(' ')} with apt-get`);
    run('apt-get update -qq');
    run(`apt-get install -y -qq ${missing.join(' ')}`);
  }
  console.log('ensure-browser: using /usr/bin/chromium');
} else if (systemChromium) {
  console.log('ensure-browser: using the system Chromium');
} else {
  console.log("ensure-browser: installing Playwright's Chromium");
  run('npx playwright install chromium');
}
