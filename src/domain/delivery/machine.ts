// A small finite-state machine helper shared by measures, reports and notices:
// the transition table is data, so the server, the web app and the tests read the same thing.
export interface Transition<S extends string, A extends string, R extends string> {
  from: readonly S[];
  action: A;
  to: S;
  /** Roles that may perform it; the server adds unit ownership on top. */
  roles: readonly R[];
}

export interface Machine<S extends string, A extends string, R extends string> {
  states: readonly S[];
  actions: readonly A[];
  transitions: readonly Transition<S, A, R>[];
}

/** The next state, or null when the action is not allowed from `from`. */
export function nextState<S extends string, A extends string, R extends string>(m: Machine<S, A, R>, from: S, action: A): S | null {
  const t = m.transitions.find((x) => x.action === action && x.from.includes(from));
  return t ? t.to : null;
}

/** Actions allowed from a state, optionally only those one of `roles` may perform. */
export function allowedActions<S extends string, A extends string, R extends string>(m: Machine<S, A, R>, from: S, roles?: readonly R[]): A[] {
  return m.transitions.filter((t) => t.from.includes(from) && (!roles || t.roles.some((r) => roles.includes(r)))).map((t) => t.action);
}

export function rolesFor<S extends string, A extends string, R extends string>(m: Machine<S, A, R>, action: A): readonly R[] {
  return m.transitions.find((t) => t.action === action)?.roles ?? [];
}
