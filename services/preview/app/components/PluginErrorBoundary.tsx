/** Keeps one failing plugin component from blanking the page, and shows its error where it failed. */
import { Alert } from '@grafana/ui';
import { Component, ErrorInfo, ReactNode } from 'react';

interface Props {
  label: string;
  children: ReactNode;
}

interface State {
  error?: Error;
}

/** Renders an error Alert instead of a crashed subtree. */
export class PluginErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Logged so the browser tests, which fail on console errors, catch a crashing component.
    console.error(`${this.props.label} crashed:`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <Alert severity="error" title={`${this.props.label} crashed`}>
          {this.state.error.message}
        </Alert>
      );
    }
    return this.props.children;
  }
}
