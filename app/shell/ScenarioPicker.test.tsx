import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { modelApi } from '../modelApi';
import { CUSTOM_ID, createAppStore } from '../store';
import { drawInStore } from '../test-support/booted';
import { setWorkshopOpen, WorkshopSlot } from '../workshop/entry';
import { ScenarioPicker } from './HeaderTools';
import { Notice } from './Notice';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function type(el: HTMLTextAreaElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(el, value);
  act(() => {
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function pick(select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The Scenario menu beside the workshop, opened on GET, its Request box there. */
async function pickerBesideWorkshop() {
  const store = createAppStore(modelApi);
  store.getState().loadScenario('get');
  const { host } = drawInStore(
    store,
    <>
      <ScenarioPicker ids={modelApi.scenarioIds} />
      <Notice />
      <WorkshopSlot />
    </>,
  );
  await act(async () => {
    await import('../workshop/lazy');
    setWorkshopOpen(true);
  });
  const box = () => host.querySelector<HTMLTextAreaElement>('textarea.workshop-text');
  await vi.waitFor(() => expect(box()).not.toBeNull());
  return { store, host, box };
}

afterEach(() => {
  act(() => setWorkshopOpen(false));
  document.body.innerHTML = '';
  localStorage.clear();
});

describe('<ScenarioPicker>', () => {
  // A teacher edited GET, then picked POST in the menu: "Your own scenario" left the menu and
  // the edits were reachable only through the browser's Back.
  it('keeps the user’s own scenario in the menu after another is picked, and brings back its edits', async () => {
    const { store, host, box } = await pickerBesideWorkshop();
    type(box() as HTMLTextAreaElement, (box()?.value ?? '').replace('GET / ', 'GET /docs '));
    expect(store.getState().scenarioId).toBe(CUSTOM_ID);

    const select = host.querySelector('select') as HTMLSelectElement;
    act(() => pick(select, 'post-form'));
    expect(store.getState().scenarioId).toBe('post-form');
    // The workshop held GET's edits: it does not stay open on POST, which it was not opened for.
    expect(host.querySelector('#workshop')).toBeNull();
    const options = [...select.options].map((o) => o.value);
    expect(options).toContain(CUSTOM_ID);
    expect(host.querySelector('div.notice')?.textContent).toMatch(
      /^Your edits to “Your own scenario” are kept: choose “Your own scenario” in the Scenario menu/,
    );

    await act(async () => {
      pick(select, CUSTOM_ID);
      await import('../workshop/lazy');
    });
    const source = store.getState().source;
    expect(source.kind === 'custom' && source.scenario.requests[0]?.target).toBe('/docs');
    // The workshop comes back, with the request as typed.
    await vi.waitFor(() => expect(box()?.value).toMatch(/^GET \/docs /));
    expect(host.querySelector('div.notice')).toBeNull();
  });

  // A request that does not read yet simulates nothing: the edits are GET's draft, which the
  // menu's GET brings back.
  it('closes the workshop on edits that do not read yet, and brings them back with their scenario', async () => {
    const { store, host, box } = await pickerBesideWorkshop();
    type(box() as HTMLTextAreaElement, (box()?.value ?? '').replace('HTTP/1.1', 'HTTP/1.1?'));
    expect(store.getState().scenarioId).toBe('get');
    const select = host.querySelector('select') as HTMLSelectElement;
    act(() => pick(select, 'post-form'));
    expect(host.querySelector('#workshop')).toBeNull();
    expect(host.querySelector('div.notice')?.textContent).toContain('“A simple GET”');
    await act(async () => {
      pick(select, 'get');
      await import('../workshop/lazy');
    });
    await vi.waitFor(() => expect(box()?.value).toContain('HTTP/1.1?'));
  });
});
