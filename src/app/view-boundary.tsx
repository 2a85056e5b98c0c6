import { Component, type ReactNode } from 'react';
import { RouteError } from './route-error';

interface Props {
  /** The page's address: a new one (the reader navigates away) clears the error. */
  resetKey: string;
  children: ReactNode;
}

type State = { error: unknown; failed: boolean; resetKey: string };

/** An error boundary for a view (or the layout): RouteError's message in place of what failed. */
export class ViewBoundary extends Component<Props, State> {
  state: State = { error: null, failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: null, failed: false, resetKey: props.resetKey };
  }

  render() {
    return this.state.failed ? <RouteError error={this.state.error} /> : this.props.children;
  }
}
