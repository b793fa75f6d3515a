import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Which part of the app this boundary protects, named in the message. */
  area: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Keeps a rendering bug in one panel from taking the app (and the user's work) down. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Slimscope: ${this.props.area} failed to render`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="panel-error">
        <strong>{this.props.area} hit an internal error.</strong>
        <p className="mono">{this.state.error.message}</p>
        <p className="muted">Your checkpoint and mapping are unaffected.</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Retry {this.props.area}
        </button>
      </div>
    );
  }
}
