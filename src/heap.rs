//! The browser's memory allocator: a free list per power-of-two block size.
//!
//! Rust's default allocator on `wasm32-unknown-unknown` (dlmalloc, with its `realloc`) was
//! about 8 KB of the wasm's code; this one is 0.5 KB, and the wasm 7.5 KB smaller (3 KB of
//! gzip). The script's allocations are few and small (strings and lists built per redraw), so
//! it does with much less: every request is rounded up to a power of two and served from that
//! size's free list, or else carved from fresh memory; a freed block goes back on its size's
//! list, to be reused by the next request of that size. Blocks are never split or merged, so
//! a size's memory is the most of it ever in use at once, at most twice what was asked for.
//!
//! Single-threaded, as the wasm is (no `atomics`). Tested natively on a simulated memory.

use std::alloc::{GlobalAlloc, Layout};
use std::cell::UnsafeCell;

/// WebAssembly's page: the unit memory grows by.
const PAGE: usize = 1 << 16;

/// Where new memory comes from.
pub trait Memory {
    /// Adds `pages` pages; the address of the first, or `None` if there is no more memory.
    fn grow(&self, pages: usize) -> Option<usize>;
}

pub struct Heap<M> {
    memory: M,
    state: UnsafeCell<State>,
}

struct State {
    /// The first free block of each size (indexed by the size's log2), each holding the
    /// address of the next; 0 ends a list.
    free: [usize; usize::BITS as usize],
    /// The fresh memory not yet handed out: from `next` to `end`.
    next: usize,
    end: usize,
}

/// The log2 of the block that serves `layout`: its size and alignment rounded up to a power
/// of two, at least a word (a free block holds the next one's address). Blocks are aligned
/// to their size, up to a page.
fn class(layout: Layout) -> Option<usize> {
    if layout.align() > PAGE {
        return None;
    }
    let size = layout
        .size()
        .max(layout.align())
        .max(size_of::<usize>())
        .checked_next_power_of_two()?;
    Some(size.trailing_zeros() as usize)
}

impl<M: Memory> Heap<M> {
    pub const fn new(memory: M) -> Self {
        Heap {
            memory,
            state: UnsafeCell::new(State {
                free: [0; usize::BITS as usize],
                next: 0,
                end: 0,
            }),
        }
    }

    /// A block of `1 << class` bytes from fresh memory, growing it as needed.
    fn carve(&self, s: &mut State, class: usize) -> Option<usize> {
        let size = 1usize << class;
        let align = size.min(PAGE);
        loop {
            let start = s.next.checked_add(align - 1)? & !(align - 1);
            let end = start.checked_add(size)?;
            if end <= s.end {
                s.next = end;
                return Some(start);
            }
            let pages = (end - s.end).div_ceil(PAGE);
            let base = self.memory.grow(pages)?;
            if base != s.end {
                // Not where our memory ended (the first time, or someone else grew it):
                // carry on from the new pages, leaving the old tail unused.
                s.next = base;
            }
            s.end = base.checked_add(pages.checked_mul(PAGE)?)?;
        }
    }
}

unsafe impl<M: Memory> GlobalAlloc for Heap<M> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: one thread, and nothing here allocates, so no other reference to the
        // state exists while this one lives.
        let s = unsafe { &mut *self.state.get() };
        let Some(class) = class(layout) else {
            return std::ptr::null_mut();
        };
        let block = match s.free[class] {
            0 => self.carve(s, class).unwrap_or(0),
            block => {
                // SAFETY: a free block holds the address of the next free block.
                s.free[class] = unsafe { *(block as *const usize) };
                block
            }
        };
        block as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: as in `alloc`.
        let s = unsafe { &mut *self.state.get() };
        if let Some(class) = class(layout) {
            // SAFETY: `ptr` is a block of this size, at least a word and word-aligned, and
            // no longer in use.
            unsafe { *(ptr as *mut usize) = s.free[class] };
            s.free[class] = ptr as usize;
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller passes a valid new size for this alignment.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        if class(layout) == class(new_layout) {
            // The block already holds the new size.
            return ptr;
        }
        // SAFETY: as the default `realloc`, which this is, but for the shortcut above.
        unsafe {
            let new = self.alloc(new_layout);
            if !new.is_null() {
                std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                self.dealloc(ptr, layout);
            }
            new
        }
    }
}

/// The wasm's own memory.
#[cfg(target_arch = "wasm32")]
pub struct Wasm;

#[cfg(target_arch = "wasm32")]
impl Memory for Wasm {
    fn grow(&self, pages: usize) -> Option<usize> {
        match core::arch::wasm32::memory_grow(0, pages) {
            usize::MAX => None,
            old => Some(old * PAGE),
        }
    }
}

// SAFETY: the wasm runs on one thread (the allocator is only installed without `atomics`).
#[cfg(target_arch = "wasm32")]
unsafe impl Sync for Heap<Wasm> {}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    /// A simulated memory: pages of one big buffer, handed out in order; with `gaps`, every
    /// third growth skips a page, as if something else had grown the memory.
    struct Arena {
        base: usize,
        pages: usize,
        used: Cell<usize>,
        grown: Cell<usize>,
        gaps: bool,
        _buffer: Vec<u8>,
    }

    impl Arena {
        fn new(pages: usize, gaps: bool) -> Self {
            let buffer = vec![0u8; (pages + 1) * PAGE];
            let base = (buffer.as_ptr() as usize).div_ceil(PAGE) * PAGE;
            Arena {
                base,
                pages,
                used: Cell::new(0),
                grown: Cell::new(0),
                gaps,
                _buffer: buffer,
            }
        }
    }

    impl Memory for Arena {
        fn grow(&self, pages: usize) -> Option<usize> {
            self.grown.set(self.grown.get() + 1);
            if self.gaps && self.grown.get().is_multiple_of(3) {
                self.used.set(self.used.get() + 1);
            }
            let first = self.used.get();
            if first + pages > self.pages {
                return None;
            }
            self.used.set(first + pages);
            Some(self.base + first * PAGE)
        }
    }

    struct Live {
        ptr: *mut u8,
        layout: Layout,
        fill: u8,
    }

    fn check(live: &Live) {
        let bytes = unsafe { std::slice::from_raw_parts(live.ptr, live.layout.size()) };
        assert!(
            bytes.iter().all(|b| *b == live.fill),
            "a block was overwritten"
        );
    }

    fn fill(live: &Live) {
        unsafe { std::ptr::write_bytes(live.ptr, live.fill, live.layout.size()) };
    }

    /// Random allocations, frees and reallocations of mixed sizes and alignments: every block
    /// is aligned, and none overwrites another (each keeps its own fill byte).
    fn churn(gaps: bool) {
        let heap = Heap::new(Arena::new(512, gaps));
        let mut live: Vec<Live> = Vec::new();
        let mut seed = 0x2545_f491_u64;
        let mut random = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for step in 0..20_000 {
            let action = random(10);
            if action < 4 || live.is_empty() {
                let size = match random(4) {
                    0 => random(16) + 1,
                    1 => random(200) + 1,
                    2 => random(5_000) + 1,
                    _ => random(100_000) + 1,
                };
                let align = 1 << random(6);
                let layout = Layout::from_size_align(size, align).unwrap();
                let ptr = unsafe { heap.alloc(layout) };
                assert!(!ptr.is_null());
                assert_eq!(ptr as usize % align, 0, "misaligned");
                let block = Live {
                    ptr,
                    layout,
                    fill: step as u8,
                };
                fill(&block);
                live.push(block);
            } else if action < 8 || live.len() > 300 {
                let block = live.swap_remove(random(live.len()));
                check(&block);
                unsafe { heap.dealloc(block.ptr, block.layout) };
            } else {
                let i = random(live.len());
                check(&live[i]);
                let new_size = random(20_000) + 1;
                let old = &live[i];
                let ptr = unsafe { heap.realloc(old.ptr, old.layout, new_size) };
                assert!(!ptr.is_null());
                let kept = old.layout.size().min(new_size);
                let bytes = unsafe { std::slice::from_raw_parts(ptr, kept) };
                assert!(
                    bytes.iter().all(|b| *b == old.fill),
                    "realloc lost the contents"
                );
                let layout = Layout::from_size_align(new_size, old.layout.align()).unwrap();
                assert_eq!(ptr as usize % layout.align(), 0, "misaligned");
                live[i] = Live {
                    ptr,
                    layout,
                    fill: step as u8,
                };
                fill(&live[i]);
            }
        }
        for block in &live {
            check(block);
        }
    }

    #[test]
    fn blocks_are_aligned_and_apart() {
        churn(false);
    }

    #[test]
    fn memory_grown_elsewhere_in_between_is_left_alone() {
        churn(true);
    }

    #[test]
    fn a_freed_block_serves_the_next_request_of_its_size() {
        let heap = Heap::new(Arena::new(4, false));
        let layout = Layout::from_size_align(100, 4).unwrap();
        let a = unsafe { heap.alloc(layout) };
        unsafe { heap.dealloc(a, layout) };
        let b = unsafe { heap.alloc(Layout::from_size_align(120, 8).unwrap()) };
        assert_eq!(a, b);
        // Growing within the block keeps it.
        let c = unsafe { heap.realloc(b, Layout::from_size_align(120, 8).unwrap(), 128) };
        assert_eq!(b, c);
    }

    #[test]
    fn running_out_of_memory_is_a_null_pointer() {
        let heap = Heap::new(Arena::new(2, false));
        let big = Layout::from_size_align(3 * PAGE, 8).unwrap();
        assert!(unsafe { heap.alloc(big) }.is_null());
        let huge = Layout::from_size_align(usize::MAX / 2, 1).unwrap();
        assert!(unsafe { heap.alloc(huge) }.is_null());
        // What fits still does.
        let small = Layout::from_size_align(PAGE, 8).unwrap();
        assert!(!unsafe { heap.alloc(small) }.is_null());
    }
}
