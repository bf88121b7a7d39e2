import { describe, expect, it } from 'vitest';
import { momentIdName } from './names';
import { momentStrings } from './strings';

describe('momentIdName', () => {
  const w = momentStrings.en;
  it('names a moment by its id: its kind, with the n-th time it happens', () => {
    expect(momentIdName(w, 'location-header')).toBe('The Location header');
    expect(momentIdName(w, 'status-line-2')).toBe('The status line (2)');
    expect(momentIdName(momentStrings['zh-CN'], 'time-wait-ends')).toBe('TIME-WAIT 结束');
    expect(momentIdName(w, 'client-syn-sent')).toBe('The client enters SYN-SENT');
    expect(momentIdName(w, 'server-time-wait-2')).toBe('The server enters TIME-WAIT (2)');
  });
  it('gives an id it has no name for as it is written, not a word of the menu', () => {
    expect(momentIdName(w, 'nothing-like-this')).toBe('nothing-like-this');
    expect(momentIdName(w, 'nth')).toBe('nth');
    expect(momentIdName(w, 'menu.label')).toBe('menu.label');
  });
});
