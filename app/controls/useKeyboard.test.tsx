/** The keys: where the focus keeps its own keys, and where Space and the clicker's keys act. */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { type Booted, boot } from '../boot';
import { modelApi } from '../modelApi';
import { StoreProvider } from '../store';
import { isTextField, isTyping, ownsSpace, useKeyboard } from './useKeyboard';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
});

function input(type: string): HTMLInputElement {
  const el = document.createElement('input');
  el.type = type;
  return el;
}

describe('where the focus is', () => {
  it('a text field keeps every key; a slider, a button or a checkbox keeps none of Space, PgUp, PgDn', () => {
    for (const el of [input('text'), input('search'), document.createElement('textarea')]) {
      expect(isTextField(el)).toBe(true);
      expect(isTyping(el)).toBe(true);
    }
    expect(isTextField(document.createElement('select'))).toBe(true);
    for (const el of [input('range'), input('checkbox'), document.createElement('button')]) {
      expect(isTextField(el)).toBe(false);
    }
    // The slider keeps its own arrows.
    expect(isTyping(input('range'))).toBe(true);
    expect(isTyping(document.createElement('button'))).toBe(false);
  });

  it('a control keeps Space (a button, a link, a summary, any input, an element acting as a button); a box that is no control does not', () => {
    const link = document.createElement('a');
    link.href = '#x';
    const arrow = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    arrow.setAttribute('role', 'button');
    const controls = [
      document.createElement('button'),
      link,
      document.createElement('summary'),
      input('checkbox'),
      input('text'),
      document.createElement('select'),
      document.createElement('textarea'),
      arrow,
    ];
    for (const el of controls) expect(ownsSpace(el), el.outerHTML).toBe(true);
    const scroller = document.createElement('div');
    scroller.tabIndex = 0;
    // A slider has no use of its own for Space: on the player's scrubber it plays.
    for (const el of [scroller, document.body, document.createElement('a'), input('range')]) {
      expect(ownsSpace(el), el.outerHTML).toBe(false);
    }
  });

  it('a form that keeps its keys (the workshop) keeps Space for its checkboxes and buttons', () => {
    const form = document.createElement('section');
    form.setAttribute('data-own-keys', '');
    const box = input('checkbox');
    const button = document.createElement('button');
    form.append(box, button);
    document.body.append(form);
    expect(isTextField(box)).toBe(true);
    expect(isTextField(button)).toBe(true);
    form.remove();
  });
});

function Keys() {
  useKeyboard(() => {});
  return <button type="button">Next step</button>;
}

describe('useKeyboard', () => {
  it("PageDown / PageUp step; Space plays on the page, presses a button, is a field's own", async () => {
    const { store } = boot('?scenario=get&step=3&lang=en', ['en'], { model: modelApi }) as Booted;
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    await act(async () =>
      root.render(
        <StoreProvider store={store}>
          <Keys />
        </StoreProvider>,
      ),
    );
    const press = (key: string, target: EventTarget = document.body) => {
      const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      act(() => {
        target.dispatchEvent(e);
      });
      return e.defaultPrevented;
    };
    expect(press('PageDown')).toBe(true);
    expect(store.getState().cursor).toBe(4);
    press('PageUp');
    press('PageUp');
    expect(store.getState().cursor).toBe(2);

    // On no control Space plays and pauses.
    expect(press(' ')).toBe(true);
    expect(store.getState().playing).toBe(true);
    const scroller = document.createElement('div');
    scroller.tabIndex = 0;
    host.append(scroller);
    expect(press(' ', scroller)).toBe(true);
    expect(store.getState().playing).toBe(false);
    // On a button Space is the button's: the browser presses it.
    const button = host.querySelector('button') as HTMLButtonElement;
    expect(press(' ', button)).toBe(false);
    expect(store.getState().playing).toBe(false);
    const slider = input('range');
    host.append(slider);
    expect(press(' ', slider)).toBe(true);
    expect(store.getState().playing).toBe(true);
    expect(press(' ', slider)).toBe(true);
    expect(store.getState().playing).toBe(false);
    // The slider keeps its arrows, not the clicker's keys.
    expect(press('ArrowRight', slider)).toBe(false);
    expect(press('PageDown', slider)).toBe(true);
    press('PageUp', slider);

    const text = input('text');
    host.append(text);
    expect(press(' ', text)).toBe(false);
    expect(press('PageDown', text)).toBe(false);
    expect(store.getState()).toMatchObject({ cursor: 2, playing: false });
    act(() => root.unmount());
  });
});
