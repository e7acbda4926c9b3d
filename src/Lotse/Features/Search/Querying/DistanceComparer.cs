using Lotse.Features.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Lotse.Features.Search.Querying;

/// <summary>Sorts by the distance of an offer's position to a point; offers without a position come last.</summary>
public sealed class DistanceComparerSource(double latitude, double longitude) : FieldComparerSource
{
    public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) =>
        new DistanceComparer(numHits, latitude, longitude);

    private sealed class DistanceComparer(int numHits, double latitude, double longitude) : FieldComparer<J2N.Numerics.Double>
    {
        private readonly double[] _values = new double[numHits];
        private double _bottom;
        private double _top;
        private NumericDocValues? _latitudes;
        private NumericDocValues? _longitudes;

        public override int Compare(int slot1, int slot2) => _values[slot1].CompareTo(_values[slot2]);
        public override void SetBottom(int slot) => _bottom = _values[slot];
        public override void SetTopValue(J2N.Numerics.Double value) => _top = value.ToDouble();
        public override int CompareBottom(int doc) => _bottom.CompareTo(Distance(doc));
        public override int CompareTop(int doc) => _top.CompareTo(Distance(doc));
        public override void Copy(int slot, int doc) => _values[slot] = Distance(doc);
        public override J2N.Numerics.Double this[int slot] => J2N.Numerics.Double.GetInstance(_values[slot]);

        public override FieldComparer SetNextReader(AtomicReaderContext context)
        {
            _latitudes = context.AtomicReader.GetNumericDocValues(IndexFields.Latitude);
            _longitudes = context.AtomicReader.GetNumericDocValues(IndexFields.Longitude);
            return this;
        }

        private double Distance(int doc)
        {
            if (_latitudes is null || _longitudes is null)
                return double.PositiveInfinity;
            var lat = BitConverter.Int64BitsToDouble(_latitudes.Get(doc));
            var lon = BitConverter.Int64BitsToDouble(_longitudes.Get(doc));
            return GeoDistance.Kilometres(latitude, longitude, lat, lon);
        }
    }
}
