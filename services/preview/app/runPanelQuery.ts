/**
 * One panel query run as an observable of panel results, the way Grafana's query runner behaves:
 * it starts Loading, skips queries the datasource's filterQuery refuses, folds every response by
 * key, turns a thrown or emitted failure into panel errors, and unsubscribing closes the stream.
 */
import { DataQuery, DataQueryRequest, DataQueryResponse, DataSourceApi, LoadingState } from '@grafana/data';
import { toDataQueryError } from '@grafana/runtime';
import { from, isObservable, Observable } from 'rxjs';
import { EMPTY_PANEL_RESULT, mergeResponsePacket, PanelResult } from './panelData';

/** Emits the panel's result after every response; `onResponse` sees each raw response first. */
export function runPanelQuery<Q extends DataQuery>(
  datasource: DataSourceApi<Q>,
  request: DataQueryRequest<Q>,
  onResponse: (response: DataQueryResponse) => void = () => {}
): Observable<PanelResult> {
  return new Observable<PanelResult>((subscriber) => {
    const runnable = request.targets.filter((query) => !datasource.filterQuery || datasource.filterQuery(query));
    if (runnable.length === 0) {
      subscriber.next({ ...EMPTY_PANEL_RESULT, state: LoadingState.Done });
      subscriber.complete();
      return undefined;
    }
    let current = EMPTY_PANEL_RESULT;
    subscriber.next(current);
    const fail = (error: unknown) => {
      current = { ...current, state: LoadingState.Error, errors: [toDataQueryError(error)] };
      subscriber.next(current);
      subscriber.complete();
    };
    let responses: Observable<DataQueryResponse>;
    try {
      const returned = datasource.query({ ...request, targets: runnable }) as
        Observable<DataQueryResponse> | Promise<DataQueryResponse>;
      responses = isObservable(returned) ? returned : from(returned);
    } catch (error) {
      fail(error);
      return undefined;
    }
    const subscription = responses.subscribe({
      next: (response) => {
        onResponse(response);
        current = mergeResponsePacket(current, response);
        subscriber.next(current);
      },
      error: fail,
      complete: () => {
        if (current.state === LoadingState.Loading || current.state === LoadingState.Streaming) {
          current = { ...current, state: LoadingState.Done };
          subscriber.next(current);
        }
        subscriber.complete();
      },
    });
    return () => subscription.unsubscribe();
  });
}
