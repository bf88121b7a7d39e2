import { describe, expect, it } from 'vitest';
import { readEmbedOptions, readOrigin } from './options';

describe("an embed's options", () => {
  it('shows the diagram and the explanation, and talks to any parent, by default', () => {
    expect(readEmbedOptions('?scenario=get&embed=1')).toEqual({ panels: 'explanation', peer: '*' });
  });

  it('reads the panels', () => {
    expect(readEmbedOptions('?panels=diagram').panels).toBe('diagram');
    expect(readEmbedOptions('?panels=all').panels).toBe('all');
    for (const bad of ['', 'ALL', 'diagram,explanation', '<b>']) {
      expect(readEmbedOptions(`?panels=${encodeURIComponent(bad)}`).panels).toBe('explanation');
    }
  });

  it('talks to the one origin the URL names, and to nobody if it names no origin', () => {
    expect(readEmbedOptions('?origin=https%3A%2F%2Fmoodle.example.edu').peer).toBe(
      'https://moodle.example.edu',
    );
    expect(readEmbedOptions('?origin=http://127.0.0.1:8080/').peer).toBe('http://127.0.0.1:8080');
    for (const bad of ['*', '', 'moodle.example.edu', 'javascript:alert(1)', 'null']) {
      expect(readEmbedOptions(`?origin=${encodeURIComponent(bad)}`).peer, bad).toBeNull();
    }
  });

  it('takes an origin only, not a page or a user', () => {
    expect(readOrigin('https://Moodle.Example.edu')).toBe('https://moodle.example.edu');
    expect(readOrigin('https://moodle.example.edu:443')).toBe('https://moodle.example.edu');
    for (const bad of [
      'https://moodle.example.edu/course/view.php',
      'https://moodle.example.edu?x=1',
      'https://a@moodle.example.edu',
      'ftp://moodle.example.edu',
      'data:text/html,x',
    ]) {
      expect(readOrigin(bad), bad).toBeNull();
    }
  });
});
