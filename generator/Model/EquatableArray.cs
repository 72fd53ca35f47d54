using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace SstpGen.Model
{
    /// <summary>
    /// An immutable array compared by its elements, so that pipeline models holding it stay value-equatable
    /// and the incremental generator can cache them. The constraint makes the compiler refuse an element that
    /// does not compare by value itself (a class without value equality would silently break caching).
    /// </summary>
    internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        public static readonly EquatableArray<T> Empty = new(ImmutableArray<T>.Empty);

        private readonly ImmutableArray<T> _items;

        public EquatableArray(ImmutableArray<T> items) => _items = items;

        public ImmutableArray<T> AsImmutableArray() => _items.IsDefault ? ImmutableArray<T>.Empty : _items;

        public int Count => AsImmutableArray().Length;

        public T this[int index] => AsImmutableArray()[index];

        public bool Contains(T item)
        {
            foreach (T element in AsImmutableArray())
            {
                if (EqualityComparer<T>.Default.Equals(element, item))
                {
                    return true;
                }
            }

            return false;
        }

        public bool Equals(EquatableArray<T> other)
        {
            ImmutableArray<T> mine = AsImmutableArray(), theirs = other.AsImmutableArray();
            if (mine.Length != theirs.Length)
            {
                return false;
            }

            for (int i = 0; i < mine.Length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(mine[i], theirs[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            int hash = 17;
            foreach (T item in AsImmutableArray())
            {
                hash = unchecked((hash * 31) + (item is null ? 0 : item.GetHashCode()));
            }

            return hash;
        }

        public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

        IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
    }

    internal static class EquatableArray
    {
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
            where T : IEquatable<T> => new(items.ToImmutableArray());
    }
}
