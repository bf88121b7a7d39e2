// The course page's side of Roundtrip's postMessage interface (docs/embedding.md). The page
// validates what it hears as strictly as the embed validates what it is told, and never puts
// received data into the page as HTML.

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

/** @param {unknown} data */
function isResizeMessage(data) {
  return (
    typeof data === 'object' &&
    data !== null &&
    data.source === 'roundtrip' &&
    data.type === 'resize' &&
    typeof data.height === 'number' &&
    data.height >= 100 &&
    data.height <= 10000
  );
}

/** Learning mode's answer to one question. @param {unknown} data */
function isQuizAnswer(data) {
  return (
    typeof data === 'object' &&
    data !== null &&
    data.source === 'roundtrip' &&
    data.type === 'quiz-answer' &&
    Number.isSafeInteger(data.step) &&
    typeof data.correct === 'boolean'
  );
}

/** Learning mode's score, once every question is answered. @param {unknown} data */
function isQuizDone(data) {
  return (
    typeof data === 'object' &&
    data !== null &&
    data.source === 'roundtrip' &&
    data.type === 'quiz-done' &&
    Number.isSafeInteger(data.score) &&
    Number.isSafeInteger(data.total) &&
    data.score >= 0 &&
    data.score <= data.total
  );
}

const quizAnswers = [];

const embeds = ['embed1', 'embed2', 'embed3', 'embed4'].map((id) => ({
  id,
  frame: document.getElementById(id),
  status: document.getElementById(`${id}-status`),
  total: 0,
}));
const [story] = embeds;

function send(embed, message) {
  embed.frame.contentWindow?.postMessage(
    { source: 'roundtrip', ...message },
    window.location.origin,
  );
}

window.addEventListener('message', (event) => {
  // The embeds are frames of this page's own origin.
  if (event.origin !== window.location.origin) return;
  const entry = embeds.find((e) => e.frame.contentWindow === event.source);
  if (!entry) return;
  if (isResizeMessage(event.data)) {
    // The frame takes the height of what it shows: no scrollbar inside it.
    entry.frame.style.height = `${Math.ceil(event.data.height)}px`;
    return;
  }
  if (isQuizAnswer(event.data)) {
    quizAnswers.push(`step ${event.data.step}: ${event.data.correct ? 'right' : 'wrong'}`);
    const out = document.getElementById('quiz-answers');
    out.textContent = quizAnswers.join(', ');
    out.dataset.count = String(quizAnswers.length);
    return;
  }
  if (isQuizDone(event.data)) {
    const out = document.getElementById('quiz-score');
    out.textContent = `${event.data.score} of ${event.data.total}`;
    out.dataset.score = String(event.data.score);
    return;
  }
  if (!isStepMessage(event.data)) return;
  const { scenario, step, total } = event.data;
  entry.total = total;
  entry.status.textContent = `step ${step} of ${total} (${scenario})`;
  entry.status.dataset.step = String(step);
  if (entry === story) {
    for (const sentence of document.querySelectorAll('.sentence')) {
      const target = sentence.dataset.step === 'end' ? total : Number(sentence.dataset.step);
      if (target === step) sentence.setAttribute('aria-current', 'step');
      else sentence.removeAttribute('aria-current');
    }
  }
});

for (const sentence of document.querySelectorAll('.sentence')) {
  sentence.addEventListener('click', () => {
    const step = sentence.dataset.step === 'end' ? story.total : Number(sentence.dataset.step);
    send(story, { type: 'goto', step });
  });
}
document
  .getElementById('embed1-play')
  .addEventListener('click', () => send(story, { type: 'play' }));
document
  .getElementById('embed1-pause')
  .addEventListener('click', () => send(story, { type: 'pause' }));
