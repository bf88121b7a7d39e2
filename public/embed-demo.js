// The course page's side of Roundtrip's postMessage interface. The page
// validates what it hears as strictly as the embed validates what it is told,
// and never puts received data into the page as HTML.

/** @param {unknown} data */
function isStepMessage(data) {
  return (
    typeof data === 'object' &&
    data !== null &&
    data.source === 'roundtrip' &&
    data.type === 'step' &&
    typeof data.scenario === 'string' &&
    Number.isSafeInteger(data.step) &&
    Number.isSafeInteger(data.total)
  );
}

const embeds = {
  embed1: {
    frame: document.getElementById('embed1'),
    status: document.getElementById('embed1-status'),
    total: 0,
  },
  embed2: {
    frame: document.getElementById('embed2'),
    status: document.getElementById('embed2-status'),
    total: 0,
  },
};

function send(embed, message) {
  embed.frame.contentWindow?.postMessage({ source: 'roundtrip', ...message }, '*');
}

window.addEventListener('message', (event) => {
  if (!isStepMessage(event.data)) return;
  const entry = Object.values(embeds).find((e) => e.frame.contentWindow === event.source);
  if (!entry) return;
  const { scenario, step, total } = event.data;
  entry.total = total;
  entry.status.textContent = `step ${step} of ${total} (${scenario})`;
  entry.status.dataset.step = String(step);
  if (entry === embeds.embed1) {
    for (const sentence of document.querySelectorAll('.sentence')) {
      const target = sentence.dataset.step === 'end' ? total : Number(sentence.dataset.step);
      if (target === step) sentence.setAttribute('aria-current', 'step');
      else sentence.removeAttribute('aria-current');
    }
  }
});

for (const sentence of document.querySelectorAll('.sentence')) {
  sentence.addEventListener('click', () => {
    const embed = embeds.embed1;
    const step = sentence.dataset.step === 'end' ? embed.total : Number(sentence.dataset.step);
    send(embed, { type: 'goto', step });
  });
}
document
  .getElementById('embed1-play')
  .addEventListener('click', () => send(embeds.embed1, { type: 'play' }));
document
  .getElementById('embed1-pause')
  .addEventListener('click', () => send(embeds.embed1, { type: 'pause' }));
