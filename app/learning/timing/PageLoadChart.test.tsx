import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { modelApi } from '../../modelApi';
import { createAppStore, StoreProvider } from '../../store';
import PageLoadChart, { ticksFor } from './PageLoadChart';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function render() {
  const store = createAppStore(modelApi);
  const host = document.createElement('div');
  document.body.append(host);
  act(() => {
    createRoot(host).render(
      <StoreProvider store={store}>
        <PageLoadChart initial={{ images: 3, latencyMs: 20, mbps: 10 }} />
      </StoreProvider>,
    );
  });
  return host;
}

function type(el: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(el, value);
  act(() => {
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const totals = (host: HTMLElement) =>
  [...host.querySelectorAll('[data-testid="page-load-row"]')].map((row) => [
    row.getAttribute('data-way'),
    row
      .querySelector('[data-testid="page-load-total"]')
      ?.textContent?.match(/(\d+) round trips/)?.[1],
  ]);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('<PageLoadChart>', () => {
  it('draws the three ways, and again when the number of images changes; a number out of range changes nothing', {
    timeout: 30_000,
  }, () => {
    const host = render();
    expect(totals(host)).toEqual([
      ['non-persistent', '8'],
      ['persistent', '5'],
      ['parallel', '4'],
    ]);
    const images = host.querySelector('[data-testid="page-load-images"]') as HTMLInputElement;
    type(images, '10');
    expect(totals(host)).toEqual([
      ['non-persistent', '22'],
      ['persistent', '12'],
      ['parallel', '5'],
    ]);
    // One bar per handshake and exchange: eleven of each, one connection per object.
    expect(host.querySelectorAll('[data-way="non-persistent"] rect')).toHaveLength(22);
    type(images, '11');
    expect(images.getAttribute('aria-invalid')).toBe('true');
    expect(host.textContent).toContain('From 1 to 10.');
    expect(totals(host)[0]).toEqual(['non-persistent', '22']);
  });
});

describe('ticksFor', () => {
  it('puts four to eight round ticks on the axis', () => {
    expect(ticksFor(322)).toEqual([0, 50, 100, 150, 200, 250, 300]);
    expect(ticksFor(12.98)).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(ticksFor(4407)).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(ticksFor(0)).toEqual([0]);
  });
});
