#!/usr/bin/env node
// Makes sure a Chromium is there for the end-to-end tests, and tshark for the
// capture tests (src/capture compares itself with tshark, and those tests fail
// without it), so that nobody has to read a stack trace to learn what is needed.
// - Debian/Ubuntu as root: Debian's chromium (and CJK fonts, so that the
//   Chinese pages render in screenshots) and tshark, with apt.
// - Anywhere else: Playwright's own Chromium; how to install tshark is printed.
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
  if (!has('tshark')) {
    missing.push('tshark');
    // wireshark-common asks whether non-root users may capture; answer it here (no)
    // so that the install never waits for a question nobody sees.
    run(
      'echo "wireshark-common wireshark-common/install-setuid boolean false" | debconf-set-selections',
    );
  }
  if (missing.length > 0) {
    console.log(`ensure-browser: installing ${missing.join(' ')} with apt-get`);
    run('apt-get update -qq');
    run(`apt-get install -y -qq ${missing.join(' ')}`);
  }
  console.log('ensure-browser: using /usr/bin/chromium and tshark');
} else if (systemChromium) {
  console.log('ensure-browser: using the system Chromium');
} else {
  console.log("ensure-browser: installing Playwright's Chromium");
  run('npx playwright install chromium');
}

if (!has('tshark')) {
  console.log(
    'ensure-browser: tshark is missing, and the capture tests compare with it (they fail without it).\n' +
      '  Debian/Ubuntu: sudo apt-get install tshark (or run this script as root)\n' +
      '  Fedora: sudo dnf install wireshark-cli · macOS: brew install wireshark\n' +
      "  Windows: Wireshark's installer, with its command-line tools on the PATH",
  );
}
