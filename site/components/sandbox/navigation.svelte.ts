import { tick } from 'svelte';
import type { AreaId } from './areas.ts';

/** Where the trainee is in the sandbox: an area's list, one of its records, or its "new" form. */
export interface View {
  readonly area: AreaId;
  /** The open record's id or code. */
  readonly record?: string;
  readonly creating?: boolean;
}

/**
 * Moves between the sandbox's screens the way a CRM's own links do, and
 * after each move puts keyboard focus on the new screen's `data-autofocus`
 * element (its heading or first field), so a keyboard or screen-reader user
 * lands where the sighted one looks.
 */
export class Navigation {
  view: View = $state({ area: 'customers' });

  async go(view: View): Promise<void> {
    this.view = view;
    await tick();
    document.querySelector<HTMLElement>('.crm-body [data-autofocus]')?.focus();
  }

  list(area: AreaId = this.view.area): Promise<void> {
    return this.go({ area });
  }

  open(area: AreaId, record: string): Promise<void> {
    return this.go({ area, record });
  }

  create(area: AreaId): Promise<void> {
    return this.go({ area, creating: true });
  }
}
