/**
 * Where the focus goes after a button of the workshop adds, removes or moves a row, or closes the
 * workshop: never to the page's body, and with the row that moved (rowFocus.ts).
 */
import { act, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { modelApi } from '../modelApi';
import { createAppStore } from '../store';
import { drawInStore } from '../test-support/booted';
import Workshop from './Workshop';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The workshop with its opener, as the header draws them (app/workshop/entry.tsx). */
function Page() {
  const [open, setOpen] = useState(true);
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={open ? 'workshop' : undefined}
        onClick={() => setOpen(!open)}
      >
        Edit this scenario
      </button>
      {open && <Workshop onClose={() => setOpen(false)} />}
    </>
  );
}

/** An element's accessible name as the workshop gives it: its label, or its words for a reader. */
const nameOf = (el: Element | null) =>
  el?.getAttribute('aria-label') ??
  (el?.querySelector('.visually-hidden') ?? el)?.textContent?.trim() ??
  el?.localName;

function render(id: string) {
  const store = createAppStore(modelApi);
  store.getState().loadScenario(id);
  const { host } = drawInStore(store, <Page />);
  /** The control named `name` (its accessible name, as a person reads it). */
  const named = (name: string) =>
    [...host.querySelectorAll<HTMLElement>('button, input, textarea')].find(
      (el) => nameOf(el) === name,
    ) ?? null;
  /** Presses the control named `name` from the keyboard: focused, then clicked (Enter). */
  const press = (name: string) => {
    const el = named(name);
    expect(el, name).not.toBeNull();
    el?.focus();
    act(() => el?.click());
  };
  const focused = () =>
    document.activeElement === document.body ? 'body' : nameOf(document.activeElement);
  const openForm = () => {
    const form = host.querySelector('details.workshop-form') as HTMLDetailsElement;
    form.open = true;
    act(() => {
      form.dispatchEvent(new Event('toggle'));
    });
  };
  return { host, named, press, focused, openForm };
}

afterEach(() => {
  document.body.innerHTML = '';
  localStorage.clear();
});

describe('the focus after a row button of the workshop', () => {
  it('"Close the workshop" gives the focus back to "Edit this scenario"', () => {
    const { press, focused } = render('get');
    press('Close the workshop');
    expect(focused()).toBe('Edit this scenario');
  });

  it('a request added takes the focus in its box; one removed gives it to its neighbour, else to "Add a request"', () => {
    const { host, press, focused } = render('get');
    press('Add a request');
    const boxes = () => [...host.querySelectorAll('textarea.workshop-text')];
    expect(boxes()).toHaveLength(2);
    expect(document.activeElement).toBe(boxes()[1]);
    press('Add a request');
    press('Remove request 1');
    expect(focused()).toBe('Remove request 1');
    press('Remove request 2');
    expect(focused()).toBe('Add a request');
  });

  it('a header removed gives the focus to the next row’s, the previous row’s, else to "Add a header line"', () => {
    const { press, focused, openForm } = render('get');
    openForm();
    press('Add a header line');
    press('Add a header line');
    press('Remove header 1');
    expect(focused()).toBe('Remove header 1');
    press('Remove header 2');
    expect(focused()).toBe('Remove header 1');
    press('Remove header 1');
    expect(focused()).toBe('Add a header line');
  });

  it('a header added takes the focus in its name; a header moved keeps it, on its own row', () => {
    const { named, press, focused, openForm } = render('get');
    openForm();
    press('Add a header line');
    expect(focused()).toBe('Header 2: name');
    press('Add a header line');
    expect(focused()).toBe('Header 3: name');
    const name = (n: number) => (named(`Header ${n}: name`) as HTMLInputElement).value;
    const third = [name(1), name(2), name(3)];
    press('Move header 3 up');
    expect(focused()).toBe('Move header 2 up');
    // Pressed again, the same row goes on up, to the top, where only "down" is left.
    (document.activeElement as HTMLElement).click();
    act(() => {});
    expect([name(1), name(2), name(3)]).toEqual([third[2], third[0], third[1]]);
    expect(focused()).toBe('Move header 1 down');
    (document.activeElement as HTMLElement).click();
    act(() => {});
    expect(focused()).toBe('Move header 2 down');
  });

  it('a route added takes the focus in its path; one removed gives it to its neighbour, else to "Add a route"', () => {
    const { host, press, focused } = render('get');
    const routes = host.querySelectorAll('[data-row-control="route-remove"]').length;
    press('Add a route');
    const paths = host.querySelectorAll('[data-row-control="route-path"]');
    expect(paths).toHaveLength(routes + 1);
    expect(document.activeElement).toBe(paths[routes]);
    press(`Remove route ${routes + 1}`);
    expect(focused()).toBe(`Remove route ${routes}`);
    press('Remove route 1');
    expect(focused()).toBe('Remove route 1');
  });
});
