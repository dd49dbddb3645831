import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { lazyComponent } from './lazy';

// The error card (antd Result with its illustrations) loads only when a page breaks.
const PageError = lazyComponent(() => import('./PageError'));

interface Props {
  children: ReactNode;
}
interface State {
  error: Error | null;
}

// One broken page must not blank the whole shell: the menu and header stay usable.
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('page error', error, info.componentStack);
  }

  render() {
    if (this.state.error)
      return (
        <Suspense fallback={<p role="alert">{`${this.state.error.name}: ${this.state.error.message}`}</p>}>
          <PageError error={this.state.error} onRetry={() => this.setState({ error: null })} />
        </Suspense>
      );
    return this.props.children;
  }
}
