/**
 * The bare React 19 app the benchmark compares Roundtrip against: one component
 * rendered with createRoot, built by bench/run.ts with the same Vite, plugin and
 * build options. It marks `baseline:ready` after its first render (as Roundtrip
 * marks `roundtrip:ready`), and steps a counter on ArrowRight/ArrowLeft, so that
 * step latency has a floor measured in the same run.
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

function Counter() {
  const [step, setStep] = useState(0);
  useEffect(() => {
    performance.mark('baseline:ready');
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowRight') setStep((s) => s + 1);
      if (event.key === 'ArrowLeft') setStep((s) => Math.max(0, s - 1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return <p data-testid="step-counter">Step {step}</p>;
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Counter />);
