export type ClockEvent = { readonly type: 'clock.advanced'; readonly data: { readonly from: number; readonly to: number } };
