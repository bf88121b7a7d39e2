/**
 * The phone's width, as styles.css and states.css have it: the explanation sticks over the
 * diagram's lower part, and Figure 5 takes its tall arrangement.
 */
export const PHONE_QUERY = '(max-width: 520px)';
