/** Values of the start screen's rows that are not lessons (lessons use their index). */
export const CONTINUE = -1;
export const QUIT = -2;
