/**
 * Figure 5's tall arrangement (`Figure`, layout.ts): projector mode's third column and a phone's
 * width. A module of its own, fetched when first drawn (StatesPanel.tsx): the first page draws
 * the wide one.
 */
import type { TcpState } from '../model';
import type { Figure, NodePlace } from './layout';

const TALL_NODE_FONT = 20.5;
/** A state of the tall arrangement: its box as wide as its name and a little air. */
const tall = (x: number, y: number, state: TcpState): NodePlace => ({
  x,
  y,
  w: Math.round(state.length * 0.6 * TALL_NODE_FONT + 16),
  state,
});

/**
 * Where an ABORT's label goes: under the final CLOSED, where every ABORT edge arrives, on one
 * line ("ABORT / snd RST", `oneLine`) in the figure's last 25 px. The column has no room for its
 * two lines beside any of those edges, nor for a taller figure: 8 px more made Figure 5's words
 * smaller than 20 px in projector mode at 1920×1080.
 */
const ABORT_AT = [363, 687] as const;
const ABORTS = [
  'ESTABLISHED--abort',
  'FIN-WAIT-1--abort',
  'FIN-WAIT-2--abort',
  'CLOSE-WAIT--abort',
] as const;

/**
 * Projector mode's arrangement, for a column about 460 px wide and 700 px tall: the type is 20 px
 * there (the RFC's figure at that width would draw it at 10), the states in more rows, each box as
 * wide as its name, a long label on two lines or three (`wraps`) where its edge runs down. Its
 * labels cover no state, no edge and no other label of Figure 5, as the wide figure's; a §3.10
 * label has less room here and sits within a few lines of its edge, not always beside it.
 */
export const PROJECTOR_FIGURE: Figure = {
  viewW: 460,
  viewH: 700,
  nodeH: 32,
  nodeFont: TALL_NODE_FONT,
  labelFont: 20.3,
  labelLine: 23,
  // Its boxes are as wide as their names: a marker at a corner moves out until it clears the
  // name (`markerCentres`), and at 10 it needs to move so little that it keeps off the labels and
  // arrowheads beside the corner (at 11 it reached them).
  markerR: 10,
  wrap: 11,
  pairSide: -1,
  oneLine: ABORTS,
  // ABORT beside the RST its peer receives, both lit at once.
  shifts: { 'ESTABLISHED--abort': 5, 'FIN-WAIT-1--abort': 5 },
  wraps: {
    'SYN-RECEIVED--close': 7,
    'CLOSE-WAIT--close': 7,
    'ESTABLISHED--close': 7,
    'SYN-SENT--rcv-syn-ack': 7,
    'LISTEN--rcv-syn': 7,
    'SYN-RECEIVED--rcv-rst-active-open': 21,
    'FIN-WAIT-1--rcv-fin-ack-of-fin': 11,
    'SYN-SENT--user-timeout': 12,
    'SYN-RECEIVED--user-timeout': 12,
    'ESTABLISHED--user-timeout': 12,
    'FIN-WAIT-1--user-timeout': 12,
    'FIN-WAIT-2--user-timeout': 12,
    'CLOSE-WAIT--user-timeout': 12,
    'CLOSING--user-timeout': 12,
    'LAST-ACK--user-timeout': 12,
  },
  nodes: {
    CLOSED: tall(270, 19, 'CLOSED'),
    LISTEN: tall(130, 112, 'LISTEN'),
    'SYN-RECEIVED': tall(110, 279, 'SYN-RECEIVED'),
    'SYN-SENT': tall(380, 220, 'SYN-SENT'),
    ESTABLISHED: tall(269, 356, 'ESTABLISHED'),
    'FIN-WAIT-1': tall(110, 437, 'FIN-WAIT-1'),
    'CLOSE-WAIT': tall(390, 402, 'CLOSE-WAIT'),
    'FIN-WAIT-2': tall(82, 540, 'FIN-WAIT-2'),
    CLOSING: tall(221, 568, 'CLOSING'),
    'LAST-ACK': tall(385, 520, 'LAST-ACK'),
    'TIME-WAIT': tall(120, 652, 'TIME-WAIT'),
    'CLOSED-END': tall(410, 640, 'CLOSED'),
  },
  labelAt: {
    'CLOSED--passive-open': [169, 26],
    'CLOSED--active-open': [387, 70],
    'LISTEN--send': [254, 120],
    'LISTEN--rcv-syn': [67, 189],
    'LISTEN--close': [243, 77],
    'SYN-SENT--rcv-syn-ack': [402, 292],
    'SYN-SENT--rcv-syn': [219.7, 212],
    'SYN-SENT--close': [366, 111],
    'SYN-RECEIVED--rcv-ack-of-syn': [243, 301],
    'SYN-RECEIVED--rcv-rst': [172, 174],
    'SYN-RECEIVED--close': [60, 356],
    'ESTABLISHED--close': [230, 440],
    'ESTABLISHED--rcv-fin': [395, 359],
    'FIN-WAIT-1--rcv-ack-of-fin': [49, 487],
    'FIN-WAIT-1--rcv-fin': [239, 505],
    'FIN-WAIT-2--rcv-fin': [55, 608],
    'CLOSE-WAIT--close': [336, 459],
    'CLOSING--rcv-ack-of-fin': [248, 608],
    'LAST-ACK--rcv-ack-of-fin': [345, 590],
    'TIME-WAIT--timeout-2msl': [272, 661],
    'SYN-SENT--user-timeout': [349, 161],
    'SYN-RECEIVED--user-timeout': [156, 249],
    'ESTABLISHED--user-timeout': [241, 390],
    'ESTABLISHED--abort': ABORT_AT,
    'FIN-WAIT-1--user-timeout': [104, 407],
    'FIN-WAIT-1--abort': ABORT_AT,
    'FIN-WAIT-2--user-timeout': [350, 553],
    'FIN-WAIT-2--abort': ABORT_AT,
    'CLOSE-WAIT--user-timeout': [381, 551],
    'CLOSE-WAIT--abort': ABORT_AT,
    'CLOSING--user-timeout': [350, 553],
    'LAST-ACK--user-timeout': [382, 553],
    'SYN-SENT--rcv-rst': [348, 161],
    'ESTABLISHED--rcv-rst': [273, 390],
    'FIN-WAIT-1--rcv-rst': [144, 497],
    'FIN-WAIT-2--rcv-rst': [154, 599],
    'CLOSE-WAIT--rcv-rst': [396, 551],
    'CLOSING--rcv-rst': [319, 553],
    'LAST-ACK--rcv-rst': [394, 553],
    'TIME-WAIT--rcv-rst': [154, 622],
    'TIME-WAIT--timeout-cut-short': [272, 686],
    'SYN-RECEIVED--rcv-syn': [102, 240],
    'SYN-RECEIVED--rcv-rst-active-open': [154, 249],
    'FIN-WAIT-1--rcv-fin-ack-of-fin': [373, 159],
    'TIME-WAIT--rcv-fin': [150, 611],
  },
  // The endpoint markers where the top right corner has a label beside it.
  markerCorners: {
    'SYN-RECEIVED': 'tl',
    'SYN-SENT': 'br',
    ESTABLISHED: 'tl',
    'FIN-WAIT-1': 'tl',
    'FIN-WAIT-2': 'tl',
    'TIME-WAIT': 'bl',
  },
  // Both ends in FIN-WAIT-2 (a simultaneous close): two markers at its top left would reach past
  // the figure's left edge, and one above the other would cover FIN-WAIT-1's arrow's label.
  pairCorners: { 'FIN-WAIT-2': 'tr' },
  // Note 2's FIN and ACK of FIN at once, FIN-WAIT-1 to TIME-WAIT, round FIN-WAIT-2 on its right.
  curves: {
    'FIN-WAIT-1--rcv-fin-ack-of-fin': [
      [118, 455],
      [172, 495],
      [172, 590],
      [135, 631],
    ],
  },
};
