/** Runs batches through operators synchronously, for operator tests. */
import { from, lastValueFrom, toArray, type OperatorFunction } from 'rxjs';

/** Every output of `operator` for the given inputs. */
export function runOperator<I, O>(inputs: I[], operator: OperatorFunction<I, O>): Promise<O[]> {
  return lastValueFrom(from(inputs).pipe(operator, toArray()));
}
